/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1 and
 * §6.2.1.1), and the per-UTF-16-unit septet lookup every count uses (sms-facts.md §1).
 */
import { librarySeptets } from './gsm-charset-utils.js';
/** Septet code of the escape to the extension table; it is not a character. */
export const ESCAPE_SEPTET = 0x1b;
/**
 * TS 23.038 §6.2.1, indexed by septet code. 0x09 is the capital `Ç` as printed in the spec;
 * 0x1B (ESC) is a placeholder. Greek: only the ten capitals unlike Latin letters.
 */
export const DEFAULT_ALPHABET = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ' +
    ' !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' +
    '¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** TS 23.038 §6.2.1.1: the extension table, as septet code (after ESC) → character. */
export const DEFAULT_EXTENSION = new Map([
    [0x0a, '\f'],
    [0x14, '^'],
    [0x28, '{'],
    [0x29, '}'],
    [0x2f, '\\'],
    [0x3c, '['],
    [0x3d, '~'],
    [0x3e, ']'],
    [0x40, '|'],
    [0x65, '€'],
]);
/** The printable characters of the default alphabet (ESC excluded). */
export function defaultAlphabetCharacters() {
    return [...DEFAULT_ALPHABET].filter((_, code) => code !== ESCAPE_SEPTET);
}
/** Code-unit ranges [from, to) holding every character of §6.2.1 and §6.2.1.1. */
const ALPHABET_BLOCKS = [
    [0x0000, 0x0400],
    [0x20ac, 0x20ad],
];
/**
 * Septets per UTF-16 code unit under the default alphabet: 0 = not GSM, 1 = default
 * alphabet, 2 = extension (ESC + code), as @trt2/gsm-charset-utils decides. The library is
 * asked only about the blocks the 3GPP alphabet draws from (Basic Latin, Latin-1, Greek and
 * the euro sign): a thousand calls instead of 65,536 at every cold start.
 * test/core/encoding/alphabet.test.ts proves over the whole BMP that the table equals both
 * the library and the 3GPP tables above, so no GSM character lives outside those blocks.
 * Every GSM character is in the BMP, so surrogates are always 0.
 */
export const GSM_SEPTETS = buildDefaultSeptetTable();
function buildDefaultSeptetTable() {
    const table = new Uint8Array(0x10000);
    for (const [from, to] of ALPHABET_BLOCKS) {
        for (let code = from; code < to; code++)
            table[code] = librarySeptets(String.fromCharCode(code));
    }
    return table;
}
/** Septets one character costs in GSM-7 with the default tables: 0 means not GSM. */
export function gsmSeptets(ch) {
    if (ch.length !== 1)
        return 0;
    return GSM_SEPTETS[ch.charCodeAt(0)];
}
/** True when `ch` is one character of the default alphabet or its extension table. */
export function isGsmCharacter(ch) {
    return gsmSeptets(ch) !== 0;
}
//# sourceMappingURL=gsm-alphabet.js.map