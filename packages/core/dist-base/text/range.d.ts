/**
 * A half-open span [start, end) of UTF-16 code-unit offsets into the whole document
 * text exactly as it was read (CRLF, BOM and all). Every location smslint reports is one.
 */
export interface OffsetRange {
    start: number;
    end: number;
}
/** A zero-based line / UTF-16 character position, as LSP and SARIF (after +1) use. */
export interface Position {
    line: number;
    character: number;
}
export declare function rangeContains(outer: OffsetRange, inner: OffsetRange): boolean;
export declare function rangesOverlap(a: OffsetRange, b: OffsetRange): boolean;
//# sourceMappingURL=range.d.ts.map