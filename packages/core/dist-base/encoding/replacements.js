/**
 * GSM-7 replacements and human names for characters that force UCS-2 (sms-facts.md §1).
 * A replacement keeps the meaning; '' means "delete" (invisible characters).
 */
import { GSM_SEPTETS } from './gsm-alphabet.js';
/** Characters with a fixed replacement (or at least a name worth showing). */
const KNOWN = new Map([
    ['\t', { name: 'CHARACTER TABULATION', replacement: ' ' }],
    ['\u00a0', { name: 'NO-BREAK SPACE', replacement: ' ' }],
    ['\u2002', { name: 'EN SPACE', replacement: ' ' }],
    ['\u2003', { name: 'EM SPACE', replacement: ' ' }],
    ['\u2007', { name: 'FIGURE SPACE', replacement: ' ' }],
    ['\u2009', { name: 'THIN SPACE', replacement: ' ' }],
    ['\u200a', { name: 'HAIR SPACE', replacement: ' ' }],
    ['\u202f', { name: 'NARROW NO-BREAK SPACE', replacement: ' ' }],
    ['\u3000', { name: 'IDEOGRAPHIC SPACE', replacement: ' ' }],
    ['\u2028', { name: 'LINE SEPARATOR', replacement: '\n' }],
    ['\u2029', { name: 'PARAGRAPH SEPARATOR', replacement: '\n' }],
    ['\u200b', { name: 'ZERO WIDTH SPACE', replacement: '' }],
    ['\u200c', { name: 'ZERO WIDTH NON-JOINER', replacement: '' }],
    ['\u200d', { name: 'ZERO WIDTH JOINER', replacement: '' }],
    ['\u2060', { name: 'WORD JOINER', replacement: '' }],
    ['\ufeff', { name: 'ZERO WIDTH NO-BREAK SPACE (BOM)', replacement: '' }],
    ['\u00ad', { name: 'SOFT HYPHEN', replacement: '' }],
    ['\u2018', { name: 'LEFT SINGLE QUOTATION MARK', replacement: "'" }],
    ['\u2019', { name: 'RIGHT SINGLE QUOTATION MARK', replacement: "'" }],
    ['\u201a', { name: 'SINGLE LOW-9 QUOTATION MARK', replacement: "'" }],
    ['\u201b', { name: 'SINGLE HIGH-REVERSED-9 QUOTATION MARK', replacement: "'" }],
    ['\u2032', { name: 'PRIME', replacement: "'" }],
    ['`', { name: 'GRAVE ACCENT', replacement: "'" }],
    ['\u00b4', { name: 'ACUTE ACCENT', replacement: "'" }],
    ['\u201c', { name: 'LEFT DOUBLE QUOTATION MARK', replacement: '"' }],
    ['\u201d', { name: 'RIGHT DOUBLE QUOTATION MARK', replacement: '"' }],
    ['\u201e', { name: 'DOUBLE LOW-9 QUOTATION MARK', replacement: '"' }],
    ['\u201f', { name: 'DOUBLE HIGH-REVERSED-9 QUOTATION MARK', replacement: '"' }],
    ['\u2033', { name: 'DOUBLE PRIME', replacement: '"' }],
    ['\u00ab', { name: 'LEFT-POINTING DOUBLE ANGLE QUOTATION MARK', replacement: '"' }],
    ['\u00bb', { name: 'RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK', replacement: '"' }],
    ['\u2010', { name: 'HYPHEN', replacement: '-' }],
    ['\u2011', { name: 'NON-BREAKING HYPHEN', replacement: '-' }],
    ['\u2012', { name: 'FIGURE DASH', replacement: '-' }],
    ['\u2013', { name: 'EN DASH', replacement: '-' }],
    ['\u2014', { name: 'EM DASH', replacement: '-' }],
    ['\u2015', { name: 'HORIZONTAL BAR', replacement: '-' }],
    ['\u2212', { name: 'MINUS SIGN', replacement: '-' }],
    ['\u2022', { name: 'BULLET', replacement: '-' }],
    ['\u2026', { name: 'HORIZONTAL ELLIPSIS', replacement: '...' }],
    ['\u00a9', { name: 'COPYRIGHT SIGN', replacement: '(c)' }],
    ['\u00ae', { name: 'REGISTERED SIGN', replacement: '(R)' }],
    ['\u2122', { name: 'TRADE MARK SIGN', replacement: 'TM' }],
    ['\u00d7', { name: 'MULTIPLICATION SIGN', replacement: 'x' }],
    ['\u00f7', { name: 'DIVISION SIGN', replacement: '/' }],
    ['\u00b0', { name: 'DEGREE SIGN' }],
    ['\u00a2', { name: 'CENT SIGN' }],
    // Greek capitals that look like Latin letters are not in the default alphabet (§1).
    ['\u0391', { name: 'GREEK CAPITAL LETTER ALPHA', replacement: 'A' }],
    ['\u0392', { name: 'GREEK CAPITAL LETTER BETA', replacement: 'B' }],
    ['\u0395', { name: 'GREEK CAPITAL LETTER EPSILON', replacement: 'E' }],
    ['\u0396', { name: 'GREEK CAPITAL LETTER ZETA', replacement: 'Z' }],
    ['\u0397', { name: 'GREEK CAPITAL LETTER ETA', replacement: 'H' }],
    ['\u0399', { name: 'GREEK CAPITAL LETTER IOTA', replacement: 'I' }],
    ['\u039a', { name: 'GREEK CAPITAL LETTER KAPPA', replacement: 'K' }],
    ['\u039c', { name: 'GREEK CAPITAL LETTER MU', replacement: 'M' }],
    ['\u039d', { name: 'GREEK CAPITAL LETTER NU', replacement: 'N' }],
    ['\u039f', { name: 'GREEK CAPITAL LETTER OMICRON', replacement: 'O' }],
    ['\u03a1', { name: 'GREEK CAPITAL LETTER RHO', replacement: 'P' }],
    ['\u03a4', { name: 'GREEK CAPITAL LETTER TAU', replacement: 'T' }],
    ['\u03a5', { name: 'GREEK CAPITAL LETTER UPSILON', replacement: 'Y' }],
    ['\u03a7', { name: 'GREEK CAPITAL LETTER CHI', replacement: 'X' }],
]);
/** Names of the combining marks that precomposed Latin letters decompose into. */
const MARK_NAMES = new Map([
    ['\u0300', 'GRAVE'],
    ['\u0301', 'ACUTE'],
    ['\u0302', 'CIRCUMFLEX'],
    ['\u0303', 'TILDE'],
    ['\u0304', 'MACRON'],
    ['\u0306', 'BREVE'],
    ['\u0307', 'DOT ABOVE'],
    ['\u0308', 'DIAERESIS'],
    ['\u030a', 'RING ABOVE'],
    ['\u030b', 'DOUBLE ACUTE'],
    ['\u030c', 'CARON'],
    ['\u0323', 'DOT BELOW'],
    ['\u0327', 'CEDILLA'],
    ['\u0328', 'OGONEK'],
]);
const COMBINING_MARK = /\p{M}/gu;
/** True when every UTF-16 unit of `text` is GSM-7 under the default tables. */
function isGsmText(text) {
    for (let i = 0; i < text.length; i++)
        if (GSM_SEPTETS[text.charCodeAt(i)] === 0)
            return false;
    return true;
}
/**
 * The GSM-7 replacement for a non-GSM character or base + combining-mark sequence:
 * the fixed table; else its NFC form when that is GSM (a decomposed `é`); else the base
 * letter without its marks (`á` → `a`); else a lone combining mark is deleted ('').
 * Undefined for GSM text (nothing to replace) and when no faithful replacement exists.
 */
export function gsmReplacement(ch) {
    if (ch === '' || isGsmText(ch))
        return undefined;
    const known = KNOWN.get(ch);
    if (known)
        return known.replacement;
    const composed = ch.normalize('NFC');
    if (isGsmText(composed))
        return composed;
    const stripped = composed.normalize('NFD').replace(COMBINING_MARK, '');
    if (stripped === '')
        return '';
    return stripped !== ch && isGsmText(stripped) ? stripped : undefined;
}
/** Unicode-style name for characters smslint reports often; undefined when unknown. */
export function characterName(ch) {
    const known = KNOWN.get(ch);
    if (known)
        return known.name;
    const composed = ch.normalize('NFC');
    const knownComposed = composed !== ch ? KNOWN.get(composed) : undefined;
    if (knownComposed)
        return knownComposed.name;
    // A Latin letter with one mark: "LATIN SMALL LETTER A WITH ACUTE".
    const [base, mark, ...rest] = composed.normalize('NFD');
    if (base === undefined || mark === undefined || rest.length > 0 || !/^[A-Za-z]$/.test(base)) {
        return combiningMarkName(ch);
    }
    const markName = MARK_NAMES.get(mark);
    if (!markName)
        return undefined;
    const letterCase = base === base.toUpperCase() ? 'CAPITAL' : 'SMALL';
    return `LATIN ${letterCase} LETTER ${base.toUpperCase()} WITH ${markName}`;
}
/** Unicode names of the combining marks above: only the four accents end in "ACCENT". */
function combiningMarkName(ch) {
    const markName = MARK_NAMES.get(ch);
    if (!markName)
        return undefined;
    return /^(GRAVE|ACUTE|CIRCUMFLEX|DOUBLE ACUTE)$/.test(markName)
        ? `COMBINING ${markName} ACCENT`
        : `COMBINING ${markName}`;
}
//# sourceMappingURL=replacements.js.map