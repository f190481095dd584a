/**
 * Text speak (sms-facts.md §3). Whole tokens only, after masking links, emails, phone
 * numbers, placeholders and compliance boilerplate. Case matters: lower/Title case is text
 * speak, ALL CAPS is usually an acronym (ASAP, NP, ATM) unless the entry allows caps; a
 * Title-case token mid-sentence is a proper noun ("Thanks, Ty"). 'context' entries need
 * evidence from neighbouring words ("we r sorry", "talk 2 u", not "Seat B4").
 */
import { CharClass, codePointLength } from './char-class.js';
import { guessLanguage } from './language.js';
import { maskNonProse } from './mask.js';
import { asText } from './scan.js';
import { AFTER_TO_FOR, BEFORE_BE, BEFORE_FOR, BEFORE_NUMBER, BEFORE_TO, CODE_LABELS, COUNTING_VERBS, NAME_LIKE, PRONOUN_NEXT, THANKS_NEXT, isCounted, } from './text-speak-context-words.js';
import { TEXT_SPEAK_LEXICON } from './text-speak-lexicon.js';
import { LOCAL_TEXT_SPEAK, LOCAL_TEXT_SPEAK_TOKENS } from './text-speak-local-lexicons.js';
/** A token, as `tokenize` finds it (exported for the test that keeps the two the same). */
export const TOKEN = /w\/o(?![\p{L}\p{N}])|w\/(?!\/)|b\/c(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const WORDISH = /[\p{L}\p{N}_@#$£€¥%\uFFFC]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}\uFFFC]/u;
/** Joiners: a token glued to another by these is part of a compound ("U-Haul", "R&D", "Y/N"). */
const JOINERS = new Set(['-', '&', '/', '.', "'", '’', '+', '_', ':', ',', '*', '=', '~', '\\', '|']);
export function detectTextSpeak(input, textSpeakOptions) {
    const text = asText(input);
    const options = textSpeakOptions ?? {};
    if (text.length === 0)
        return [];
    const allow = new Set((Array.isArray(options.allow) ? options.allow : []).filter((a) => typeof a === 'string').map((a) => a.toLowerCase()));
    const extra = new Map();
    if (options.extra && typeof options.extra === 'object') {
        for (const [k, v] of Object.entries(options.extra)) {
            if (typeof v === 'string' && k.length > 0)
                extra.set(k.toLowerCase(), { expansion: v, confidence: 'always', caps: true });
        }
    }
    const masked = maskNonProse(text);
    // Only foreign-word entries and "y" need the language: guess it once, when first asked.
    let language;
    const languageOf = () => (language ??= guessLanguage(masked));
    const tokens = tokenize(masked);
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const tok = tokens[i];
        const key = tok.lower.includes('’') ? tok.lower.replace(/’/g, "'") : tok.lower;
        if (allow.has(key))
            continue;
        const fromExtra = extra.get(key);
        let entry = fromExtra ?? TEXT_SPEAK_LEXICON.get(key);
        if (!fromExtra && LOCAL_TEXT_SPEAK_TOKENS.has(key)) {
            // Spanish/French text speak ("xq", "stp") counts only in a text of that language.
            const lang = languageOf();
            if (lang !== 'en')
                entry = LOCAL_TEXT_SPEAK[lang].get(key) ?? entry;
        }
        if (!entry)
            continue;
        if (!isWholeToken(masked, tok))
            continue;
        if (!fromExtra && !caseAllows(masked, tokens, i, entry))
            continue;
        if (entry.foreign && languageOf() !== 'en')
            continue;
        // Spanish "7 u 8 días", and "2 x 1" (a promotion, not "por").
        if ((tok.lower === 'u' || tok.lower === 'x') && betweenNumbers(masked, tokens, i))
            continue;
        if (entry.context && !contextConfirms(masked, tokens, i, entry, languageOf))
            continue;
        out.push({
            text: text.slice(tok.start, tok.end),
            start: tok.start,
            end: tok.end,
            expansion: adaptCase(entry.expansion, tok.text, atSentenceStart(masked, tok.start)),
            confidence: entry.confidence,
        });
    }
    return out;
}
function betweenNumbers(text, tokens, i) {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    return Boolean(prev && next && /^\p{N}+$/u.test(prev.text) && /^\p{N}+$/u.test(next.text) && gapIsSpace(text, prev, tokens[i]) && gapIsSpace(text, tokens[i], next));
}
/** The matches of TOKEN, found by hand: no match array per token. */
export function tokenize(text) {
    const tokens = [];
    let i = 0;
    while (i < text.length) {
        const end = tokenEnd(text, i);
        if (end < 0) {
            i += codePointLength(text, i);
            continue;
        }
        const token = text.slice(i, end);
        tokens.push({ text: token, lower: token.toLowerCase(), start: i, end });
        i = end;
    }
    return tokens;
}
const LETTER_OR_DIGIT_CLASS = new CharClass(String.raw `[\p{L}\p{N}]`);
const LETTER_CLASS = new CharClass(String.raw `[\p{L}]`);
function letterOrDigitAt(text, at) {
    return at < text.length && LETTER_OR_DIGIT_CLASS.has(text, at);
}
/** Where the TOKEN match starting at `i` ends, trying its alternatives in order; -1 when none matches there. */
function tokenEnd(text, i) {
    const code = text.charCodeAt(i);
    if ((code === 0x77 || code === 0x62) && text.charCodeAt(i + 1) === 0x2f) {
        // "w/o", "w/", "b/c"
        if (code === 0x77 && text.charCodeAt(i + 2) === 0x6f && !letterOrDigitAt(text, i + 3))
            return i + 3;
        if (code === 0x77 && text.charCodeAt(i + 2) !== 0x2f)
            return i + 2;
        if (code === 0x62 && text.charCodeAt(i + 2) === 0x63 && !letterOrDigitAt(text, i + 3))
            return i + 3;
    }
    if (!letterOrDigitAt(text, i))
        return -1;
    let end = i + codePointLength(text, i);
    while (letterOrDigitAt(text, end))
        end += codePointLength(text, end);
    // (?:['’]\p{L}+)*: an apostrophe joins letters ("don't", "l’heure").
    while ((text.charCodeAt(end) === 0x27 || text.charCodeAt(end) === 0x2019) && end + 1 < text.length && LETTER_CLASS.has(text, end + 1)) {
        end += 1;
        while (end < text.length && LETTER_CLASS.has(text, end))
            end += codePointLength(text, end);
    }
    return end;
}
/** Not glued to other characters: "U.S.", "U-Haul", "R&D", "Y/N", "{{x}}u", "#2", "2%". */
function isWholeToken(text, tok) {
    const before = text[tok.start - 1];
    const after = text[tok.end];
    if (before !== undefined) {
        if (WORDISH.test(before))
            return false;
        const before2 = text[tok.start - 2];
        if (JOINERS.has(before) && before2 !== undefined && LETTER_OR_DIGIT.test(before2))
            return false;
    }
    if (after !== undefined) {
        if (WORDISH.test(after))
            return false;
        const after2 = text[tok.end + 1];
        if (JOINERS.has(after) && after2 !== undefined && LETTER_OR_DIGIT.test(after2) && !tok.text.endsWith('/'))
            return false;
        if (after === '.' && after2 === ' ' && /^\p{Lu}$/u.test(tok.text) && /\p{Lu}\./u.test(text.slice(tok.end + 2, tok.end + 4)))
            return false; // "U. S."
    }
    return true;
}
function caseAllows(text, tokens, i, entry) {
    const tok = tokens[i];
    const letters = tok.text.replace(/[^\p{L}]/gu, '');
    if (letters.length === 0)
        return true; // "2", "4"
    const isUpper = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const isLower = letters === letters.toLowerCase();
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (tok.text.length === 1 && isUpper) {
        // A single capital ("U", "R", "C") is text speak only in running prose, not a label
        // ("Section U", "Plan B", "Vitamin C"), a list of letters ("A, B or C") or a reply
        // option ("Reply C to confirm or R to reschedule").
        if (!/^[urcy]$/i.test(letters))
            return false;
        if (next && /^(?:to|for|=|if|pour|para|si)$/i.test(next.lower) && gapIsSpace(text, tok, next) && REPLY_OPTION.test(sentenceBefore(text, tok.start)))
            return false;
        if (prev && CODE_LABELS.has(prev.lower) && gapIsSpace(text, prev, tok))
            return false;
        if (prev && /^\p{Lu}$/u.test(prev.text) && tok.start - prev.end <= 3)
            return false;
        if (next && /^\p{Lu}$/u.test(next.text) && next.start - tok.end <= 3)
            return false;
        if (letters === 'R') {
            // "we R sorry", or "R u coming?" at a sentence start; never "Toys R Us".
            if (next && atSentenceStart(text, tok.start) && PRONOUN_NEXT.has(next.lower) && next.text === next.lower)
                return true;
            return Boolean(prev && next && isLowerWord(prev) && isLowerWord(next));
        }
        return !(prev && next && isTitleWord(prev) && isTitleWord(next) && !atSentenceStart(text, prev.start));
    }
    if (isUpper) {
        if (!entry.caps)
            return false;
        // Capital letter+digit tokens ("B4", "U2", "GR8") are codes unless running prose surrounds them.
        // In an all-caps run ("GR8 DEALS 4 U") the neighbours are capitalised words instead.
        if (/\p{N}/u.test(tok.text)) {
            const prose = (t, a, b) => t !== undefined && gapIsSpace(text, a, b) && (isLowerWord(t) || isCapsWord(t));
            if (!(prev && prose(prev, prev, tok)) && !(next && isCapsWord(next) && prose(next, tok, next)))
                return false;
        }
        // "LOL Comedy Club": a capitalised word next to it makes it part of a name.
        if (next && isTitleWord(next) && gapIsSpace(text, tok, next))
            return false;
        if (prev && isTitleWord(prev) && gapIsSpace(text, prev, tok) && !atSentenceStart(text, prev.start))
            return false;
        // Inside an all-caps run, every word is capitalised: still text speak only when caps allowed.
        return true;
    }
    if (isLower)
        return true;
    const isTitle = /^\p{Lu}[^\p{Lu}]*$/u.test(tok.text);
    if (!isTitle)
        return false; // mixed case like "iPhone", "LoL"
    // Title case mid-sentence is a proper noun when the token is also a name ("Thanks, Ty")
    // or sits among capitalised words ("Jony Ive", "Angkor Wat"); "Hi Sam, Ur order" is not.
    if (!atSentenceStart(text, tok.start)) {
        if (NAME_LIKE.has(tok.lower))
            return false;
        if (next && isTitleWord(next) && gapIsSpace(text, tok, next))
            return false;
        if (prev && isTitleWord(prev) && gapIsSpace(text, prev, tok) && !atSentenceStart(text, prev.start))
            return false;
        return true;
    }
    // At a sentence start, a following capitalised word that is not a vocative makes it a
    // name ("Ty Burrell will call you").
    // "Driver: Ty, silver Honda", "Ty will help you": a name, not "thank you". Thanks are
    // followed by punctuation, the end, or words like "for"/"so"/"again".
    if (NAME_LIKE.has(tok.lower)) {
        if (/^\s*[,;:]/.test(text.slice(tok.end, tok.end + 2)))
            return false;
        if (next && gapIsSpace(text, tok, next) && isWord(next) && !THANKS_NEXT.has(next.lower))
            return false;
    }
    if (NAME_LIKE.has(tok.lower) && next && isTitleWord(next) && gapIsSpace(text, tok, next)) {
        const afterNext = text.slice(next.end, next.end + 2);
        if (!/^\s*[,!.?]/.test(afterNext) && next.end !== text.length)
            return false;
    }
    return true;
}
function contextConfirms(text, tokens, i, entry, language) {
    const tok = tokens[i];
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const prevAdjacent = prev !== undefined && gapIsSpace(text, prev, tok);
    const nextAdjacent = next !== undefined && gapIsSpace(text, tok, next);
    switch (entry.context) {
        case 'between-words': {
            // "we r sorry", "r u ok", "fast n easy": words on both sides, no punctuation between.
            if (!nextAdjacent || !isWord(next))
                return false;
            if (tok.lower === 'r' && PRONOUN_NEXT.has(next.lower) && (!prev || !prevAdjacent || isWord(prev)))
                return true;
            if (!prevAdjacent || !isWord(prev))
                return false;
            if (tok.lower === 'n')
                return isLowerWord(prev) && isLowerWord(next);
            return true;
        }
        case 'be':
            if (tok.text !== 'b' || !next || !nextAdjacent || !isWord(next))
                return false;
            // "will b there"; at a clause start, "b there by 4:30", "b back soon" ("option b here" is a choice).
            return Boolean(prev && prevAdjacent ? BEFORE_BE.has(prev.lower) : BE_NEXT.has(next.lower));
        case 'to-for': {
            // "talk 2 u", "4 you", "me 2!" — never a quantity or reply option ("2 items", "Reply 2").
            if (prev && /^\p{N}+$/u.test(prev.text) && tok.start - prev.end <= 3)
                return false;
            if (next && /^\p{N}+$/u.test(next.text) && next.start - tok.end <= 3)
                return false;
            // "is 4 you", "back 2 u": a pronoun after the digit settles it (unless a reply option).
            const strongNext = Boolean(next && nextAdjacent && /^(?:u|you|ya|ur|yours)$/.test(next.lower));
            if (strongNext && !(prev && prevAdjacent && /^(?:press|reply|text|txt|send|dial|option|enter|select|choose)$/.test(prev.lower)))
                return true;
            // "need 2 reschedule", "is 2 late": a verb that usually counts, followed by a verb.
            if (prev && prevAdjacent && COUNTING_VERBS.has(prev.lower) && next && nextAdjacent && AFTER_TO_FOR.has(next.lower) && !isCounted(next.lower) && isLowerWord(next))
                return true;
            // "Reply STOP 2 unsubscribe", "Text JOIN 4 deals": a reply keyword, then the digit as to/for.
            const verb = tokens[i - 2];
            if (prev && prevAdjacent && isCapsWord(prev) && verb && REPLY_OPTION.test(verb.text) && gapIsSpace(text, verb, prev) && next && nextAdjacent && isLowerWord(next) && AFTER_TO_FOR.has(next.lower) && !isCounted(next.lower))
                return true;
            if (prev && prevAdjacent && (BEFORE_NUMBER.has(prev.lower) || CODE_LABELS.has(prev.lower)))
                return false;
            if (!prev || !prevAdjacent) {
                // "pay at acme.com/pay 2 avoid a fee": after a masked link, email or phone number, a
                // verb makes the digit "to"/"for" (a quantity would be a noun: "call us 2 times").
                const afterMasked = /\uFFFC[ \t]{1,3}$/.test(text.slice(Math.max(0, tok.start - 4), tok.start));
                if (afterMasked && next && nextAdjacent && isLowerWord(next) && AFTER_TO_FOR.has(next.lower) && !isCounted(next.lower))
                    return true;
                // Sentence-initial "4 u" is still text speak; "4 items" is not.
                return Boolean(next && nextAdjacent && /^(?:u|ya|ur)$/.test(next.lower));
            }
            if (!isWord(prev))
                return false;
            if (next && nextAdjacent && AFTER_TO_FOR.has(next.lower))
                return true;
            // "ready 4 pickup", "want 2 check": a word that takes "for"/"to", not a quantity ("waiting 4 hours").
            const takes = tok.text === '4' ? BEFORE_FOR : BEFORE_TO;
            if (takes.has(prev.lower) && next && nextAdjacent && isLowerWord(next) && !isCounted(next.lower))
                return true;
            // "me 2!", "covers accidental damage 2." — "too" at the end of a clause (labels and
            // counting words before it were ruled out above: "Gate 2.", "a table for 2.").
            return tok.text === '2' && isLowerWord(prev) && /^\s*(?:[.!?,]|$)/.test(text.slice(tok.end, tok.end + 2));
        }
        case 'code-like': {
            if (prev && prevAdjacent && CODE_LABELS.has(prev.lower))
                return false;
            // "Your seat is B4", "gate: B4": the label two tokens back, linked by a verb.
            const label = tokens[i - 2];
            if (prev && label && prevAdjacent && /^(?:is|was|are|remains|now)$/.test(prev.lower) && CODE_LABELS.has(label.lower) && gapIsSpace(text, label, prev))
                return false;
            if (prev && /#\s*$/.test(text.slice(Math.max(0, tok.start - 2), tok.start)))
                return false;
            // A list of codes ("A1, B4, C2") or a following digit string is not prose.
            const around = text.slice(Math.max(0, tok.start - 12), Math.min(text.length, tok.end + 12));
            if (/\b[A-Za-z]\d{1,3}\b[^\n]*\b[A-Za-z]\d{1,3}\b/.test(around.replace(tok.text, '')) && /[A-Za-z]\d/.test(around.replace(tok.text, '')))
                return false;
            return true;
        }
        case 'see-you':
            return Boolean(next && nextAdjacent && /^(?:u|you|ya|ur|there|soon|later|l8r|tmrw)$/.test(next.lower));
        case 'standalone': {
            // "k" alone as an answer: at a sentence start/end, followed by punctuation or end.
            const before = text.slice(Math.max(0, tok.start - 2), tok.start);
            const after = text.slice(tok.end, tok.end + 1);
            return (tok.start === 0 || /(?:^|[.!?,\n]\s*|^\s)$/.test(before) || /\n/.test(before)) && (after === '' || /[\s.,!?]/.test(after)) && !(next && nextAdjacent && isWord(next) && !/^(?:thx|thanks|ty|bye|see|sure)$/.test(next.lower));
        }
        case 'why':
            // "y not", "Y did you…" — never a reply option ("reply y or n") or a letter list.
            if (next && /^(?:or|to|for|if|and)$/.test(next.lower))
                return false;
            if (prev && prevAdjacent && (/^[a-z]$/i.test(prev.text) || REPLY_OPTION.test(prev.text)))
                return false;
            return language() === 'en' && (tok.text === 'y' || atSentenceStart(text, tok.start)) && Boolean(next && nextAdjacent && isLowerWord(next));
        case 'thanks':
            // "tx for understanding", "tx again", "ok tx!": thanks words or punctuation follow.
            // "tx plan" (treatment) and "Austin, tx 78701" (Texas) are followed by other words.
            if (next && nextAdjacent)
                return THANKS_NEXT.has(next.lower);
            return /^\s*(?:[.!,;)\n]|$)/.test(text.slice(tok.end, tok.end + 2));
        case 'i-will':
            // "ill update ur file", "ok ill check": a clause start, then a verb. "feeling ill",
            // "ill health", "ill patients" have another word before or a noun after.
            if (tok.text !== 'ill')
                return false;
            if (prev && prevAdjacent && !CLAUSE_OPENERS.has(prev.lower))
                return false;
            return Boolean(next && nextAdjacent && isLowerWord(next) && I_WILL_VERBS.has(next.lower));
        case 'not-disclosure':
            return !inDisclosureSentence(text, tok);
        default:
            return true;
    }
}
/** "Msg" / "txt" in compliance wording (rates, frequency, STOP/HELP) is not text speak. */
function inDisclosureSentence(text, tok) {
    const from = Math.max(0, tok.start - 160);
    const to = Math.min(text.length, tok.end + 160);
    const left = text.slice(from, tok.start);
    const right = text.slice(tok.end, to);
    const sStart = Math.max(left.lastIndexOf('.'), left.lastIndexOf('!'), left.lastIndexOf('?'), left.lastIndexOf('\n'));
    const endMatch = /[.!?\n]/.exec(right);
    const sentence = left.slice(sStart + 1) + tok.text + (endMatch ? right.slice(0, endMatch.index) : right);
    return /\b(?:rates?|data|freq|frequency|varies|recurring|autodialed|automated|consent|STOP|HELP|opt[- ]?out|unsubscribe|\/mo|per month|per week|a month|a week)\b/i.test(sentence);
}
/** Words after a clause-initial "b" meaning "be": "b there by 4", "b back soon". */
const BE_NEXT = new Set(['there', 'here', 'back', 'ready', 'right', 'home', 'late', 'early', 'careful', 'safe', 'sure', 'aware', 'advised', 'patient']);
/** Words that may open a clause before a dropped-apostrophe "ill" ("ok ill check"). */
const CLAUSE_OPENERS = new Set(['ok', 'okay', 'k', 'kk', 'sure', 'yes', 'yeah', 'yep', 'then', 'and', 'so', 'but', 'thx', 'thanks', 'np', 'now', 'otherwise', 'or']);
/** Verbs that follow "I'll" in support replies. */
const I_WILL_VERBS = new Set(['be', 'check', 'update', 'send', 'call', 'text', 'email', 'look', 'get', 'let', 'have', 'see', 'ask', 'make', 'fix', 'sort', 'reach', 'follow', 'keep', 'add', 'process', 'refund', 'cancel', 'change', 'book', 'put', 'try', 'do', 'take', 'pass', 'forward', 'escalate', 'reship', 'resend', 'review', 'confirm', 'note', 'flag', 'transfer', 'connect', 'set', 'ship', 'need', 'contact']);
/** Words that introduce reply options ("Reply C to confirm or R to reschedule"). */
const REPLY_OPTION = /\b(?:reply|text|txt|press|respond|send|option|select|choose|enter|type|dial|r[ée]pondez|textez|envoyez|responda|responde|env[ií]a|env[ií]e|marque)\b/i;
/** The current sentence up to `start` (at most 160 characters back). */
function sentenceBefore(text, start) {
    const left = text.slice(Math.max(0, start - 160), start);
    const cut = Math.max(left.lastIndexOf('. '), left.lastIndexOf('! '), left.lastIndexOf('? '), left.lastIndexOf('\n'));
    return left.slice(cut + 1);
}
function gapIsSpace(text, a, b) {
    const gap = text.slice(a.end, b.start);
    return gap.length > 0 && gap.length <= 3 && /^[ \t]+$/.test(gap);
}
function isWord(t) {
    return /^\p{L}[\p{L}'’]*$/u.test(t.text);
}
function isLowerWord(t) {
    return isWord(t) && t.text === t.lower;
}
function isCapsWord(t) {
    return isWord(t) && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.lower;
}
function isTitleWord(t) {
    return t.text.length > 1 && /^\p{Lu}\p{Ll}/u.test(t.text);
}
function atSentenceStart(text, start) {
    for (let i = start - 1; i >= 0 && i >= start - 40; i--) {
        const ch = text[i];
        if (ch === ' ' || ch === '\t' || ch === '"' || ch === '“' || ch === '(')
            continue;
        // A placeholder or masked span before the token may be a whole greeting: treat as a start.
        return /[.!?\n:;\uFFFC]/.test(ch);
    }
    return true;
}
/** Match the expansion's case to the token: "PLS" → "PLEASE", "Pls" → "Please". */
function adaptCase(expansion, token, sentenceStart) {
    const letters = token.replace(/[^\p{L}]/gu, '');
    if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
        return expansion.toUpperCase();
    const capitalise = /^\p{Lu}/u.test(token) || (sentenceStart && /^\p{N}/u.test(token));
    return capitalise ? expansion.charAt(0).toUpperCase() + expansion.slice(1) : expansion;
}
//# sourceMappingURL=text-speak.js.map