/**
 * Where two versions of a document are equal: a common prefix and a common suffix around
 * one edited span. `toOld` maps a range of the new text to the old text when it lies wholly
 * in an unchanged part, so results computed for that range can be re-used.
 */
export interface EditMap {
    /** Old start offset of new text[start, end) if that text is unchanged, else null. */
    toOld(start: number, end: number): number | null;
}
export declare function diffTexts(oldText: string, newText: string): EditMap;
//# sourceMappingURL=text-diff.d.ts.map