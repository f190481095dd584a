/**
 * Packs GSM-7 text with a per-unit septet table (0 = not encodable, 1, or 2 = ESC + code).
 * Returns the septet total, or -1 as soon as a unit is not encodable. With `keepCrLf`,
 * CR LF is one cluster and moves to the next part whole.
 */
export declare function packSeptets(text: string, septets: Uint8Array, perPart: number, keepCrLf: boolean, starts: number[]): number;
/**
 * Packs UCS-2 text (one unit per UTF-16 code unit) into parts of `perPart` units.
 * Greedy by code point; where a part would break inside a grapheme cluster ('keep'), the
 * break moves back to the cluster's start, unless the cluster alone exceeds a part (then
 * it must be split between code points). 'split' only keeps surrogate pairs whole.
 * `clusterForming` says whether the text may hold a character that can join a cluster:
 * `false` only when it is known to hold none (a shortcut); `true` is always exact, since
 * the locator finds a break between two characters that cannot join one without segmenting.
 */
export declare function packUtf16(text: string, perPart: number, keepClusters: boolean, clusterForming: boolean, starts: number[]): void;
//# sourceMappingURL=packing.d.ts.map