/**
 * `text.slice(start, end)` as a string of its own. V8 represents a long slice as a view
 * that keeps the whole parent text alive, so every memoised section (and the strings cut
 * from it: body source, masked text, titles) would pin the document version it was parsed
 * from — an editing session would accumulate one whole document per edit. Slicing a
 * concatenation forces V8 to copy just the slice into a new flat string first.
 */
export declare function detachedSlice(text: string, start: number, end: number): string;
//# sourceMappingURL=detached-slice.d.ts.map