/**
 * A regex character class tested one code point at a time, for hand-written word scanners
 * that must not allocate a match array per word: ASCII answers come from a table built from
 * the class itself, other code points from the class as a sticky `u` regex (no allocation).
 */
export declare class CharClass {
    readonly source: string;
    private readonly sticky;
    private readonly ascii;
    /** The last other code unit asked about (not a surrogate) and its answer: masked spans repeat U+FFFC. */
    private lastCode;
    private lastAnswer;
    /** `source` is one bracketed class, e.g. String.raw`[\p{L}\p{N}]`. */
    constructor(source: string);
    /** Whether the code point starting at `i` is in the class (as the `u` regex sees it). */
    has(text: string, i: number): boolean;
}
/** UTF-16 length of the code point starting at `i`: 2 for a surrogate pair, else 1. */
export declare function codePointLength(text: string, i: number): number;
/**
 * The words of `text` as the global `u` regex `first` + `rest*` finds them (each a code point
 * of `first`, then as many of `rest` as follow), calling `onWord` with each word's range
 * until it returns false.
 */
export declare function scanWords(text: string, first: CharClass, rest: CharClass, onWord: (start: number, end: number) => boolean | void): void;
//# sourceMappingURL=char-class.d.ts.map