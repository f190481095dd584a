/**
 * Located notes on the characters that matter for cost: those that force UCS-2 (with a
 * name and a GSM-7 replacement where one exists) and those that cost ESC + code in GSM-7.
 */
import { formsClusters } from './graphemes.js';
import { characterName, gsmReplacement } from './replacements.js';
const COMBINING_MARK = /^\p{M}$/u;
/** Per-code-point facts, memoised: messages repeat the same few non-GSM characters. */
const factsCache = new Map();
function isSurrogate(codePoint) {
    return codePoint >= 0xd800 && codePoint <= 0xdfff;
}
function factsOf(codePoint, char) {
    let facts = factsCache.get(codePoint);
    if (facts)
        return facts;
    if (isSurrogate(codePoint)) {
        // Invalid UTF-16 (a lone surrogate): it cannot be sent as it is.
        facts = { isMark: false, formsClusters: false, name: 'UNPAIRED SURROGATE', replacement: '' };
    }
    else {
        facts = { isMark: COMBINING_MARK.test(char), formsClusters: formsClusters(codePoint) };
        const name = characterName(char);
        if (name !== undefined)
            facts.name = name;
        const replacement = gsmReplacement(char);
        if (replacement !== undefined)
            facts.replacement = replacement;
    }
    factsCache.set(codePoint, facts);
    return facts;
}
function noteFor(offset, char, codePoint, facts) {
    const note = { offset, length: char.length, char, codePoint };
    if (facts.name !== undefined)
        note.name = facts.name;
    if (facts.replacement !== undefined)
        note.replacement = facts.replacement;
    return note;
}
/** Names and replacements of base + marks sequences, memoised up to a bound. */
const sequenceCache = new Map();
const SEQUENCE_CACHE_LIMIT = 4096;
/** Re-describes a note that grew into a base + combining marks sequence. */
function describeSequence(note) {
    let described = sequenceCache.get(note.char);
    if (!described) {
        if (sequenceCache.size >= SEQUENCE_CACHE_LIMIT)
            sequenceCache.clear();
        described = { name: characterName(note.char), replacement: gsmReplacement(note.char) };
        sequenceCache.set(note.char, described);
    }
    if (described.name !== undefined)
        note.name = described.name;
    else
        delete note.name;
    if (described.replacement !== undefined)
        note.replacement = described.replacement;
    else
        delete note.replacement;
}
/**
 * Every character not encodable under `encodable` (0 entries), by code point. A combining
 * mark joins the note of the character before it, so a note covers a whole base + marks
 * sequence (`e` + U+0301 → one note of length 2 whose replacement is the NFC form `é`);
 * its `codePoint` is the first one in the sequence that forces UCS-2.
 */
export function ucs2CharacterNotes(text, encodable, scan) {
    const notes = [];
    let previousStart = -1;
    let previous;
    let grown;
    for (let i = 0, n = text.length; i < n;) {
        const unit = text.charCodeAt(i);
        if (encodable[unit] !== 0) {
            if (scan && scan.septets[unit] === 2)
                scan.extension.push({ offset: i, length: 1, char: text[i], codePoint: unit });
            previousStart = i;
            previous = undefined;
            i += 1;
            continue;
        }
        const codePoint = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i) : unit;
        const length = codePoint > 0xffff ? 2 : 1;
        const char = length === 1 ? text[i] : text.slice(i, i + 2);
        const facts = factsOf(codePoint, char);
        if (scan && facts.formsClusters)
            scan.clusterForming = true;
        if (previousStart >= 0 && facts.isMark) {
            if (!previous) {
                previous = { offset: previousStart, length: 0, char: '', codePoint };
                notes.push(previous);
            }
            previous.length = i + length - previous.offset;
            previous.char = text.slice(previous.offset, i + length);
            (grown ??= []).push(previous);
        }
        else {
            previous = noteFor(i, char, codePoint, facts);
            previousStart = i;
            notes.push(previous);
        }
        i += length;
    }
    if (grown)
        for (const note of new Set(grown))
            describeSequence(note);
    return notes;
}
/** Every character that costs 2 septets (`septets` entry 2: escape + code). */
export function extensionCharacterNotes(text, septets) {
    const notes = [];
    for (let i = 0, n = text.length; i < n; i++) {
        const code = text.charCodeAt(i);
        if (septets[code] === 2)
            notes.push({ offset: i, length: 1, char: text[i], codePoint: code });
    }
    return notes;
}
//# sourceMappingURL=character-notes.js.map