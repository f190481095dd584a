/**
 * A regex character class tested one code point at a time, for hand-written word scanners
 * that must not allocate a match array per word: ASCII answers come from a table built from
 * the class itself, other code points from the class as a sticky `u` regex (no allocation).
 */
export class CharClass {
    source;
    sticky;
    ascii = new Uint8Array(128);
    /** The last other code unit asked about (not a surrogate) and its answer: masked spans repeat U+FFFC. */
    lastCode = -1;
    lastAnswer = false;
    /** `source` is one bracketed class, e.g. String.raw`[\p{L}\p{N}]`. */
    constructor(source) {
        this.source = source;
        this.sticky = new RegExp(source, 'uy');
        for (let code = 0; code < 128; code++) {
            this.sticky.lastIndex = 0;
            this.ascii[code] = this.sticky.test(String.fromCharCode(code)) ? 1 : 0;
        }
    }
    /** Whether the code point starting at `i` is in the class (as the `u` regex sees it). */
    has(text, i) {
        const code = text.charCodeAt(i);
        if (code < 128)
            return this.ascii[code] === 1;
        if (code === this.lastCode)
            return this.lastAnswer;
        this.sticky.lastIndex = i;
        const member = this.sticky.test(text);
        if (code < 0xd800 || code > 0xdfff) {
            this.lastCode = code;
            this.lastAnswer = member;
        }
        return member;
    }
}
/** UTF-16 length of the code point starting at `i`: 2 for a surrogate pair, else 1. */
export function codePointLength(text, i) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length)
        return 1;
    const next = text.charCodeAt(i + 1);
    return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}
/**
 * The words of `text` as the global `u` regex `first` + `rest*` finds them (each a code point
 * of `first`, then as many of `rest` as follow), calling `onWord` with each word's range
 * until it returns false.
 */
export function scanWords(text, first, rest, onWord) {
    let i = 0;
    while (i < text.length) {
        if (!first.has(text, i)) {
            i += codePointLength(text, i);
            continue;
        }
        let end = i + codePointLength(text, i);
        while (end < text.length && rest.has(text, end))
            end += codePointLength(text, end);
        if (onWord(i, end) === false)
            return;
        i = end;
    }
}
//# sourceMappingURL=char-class.js.map