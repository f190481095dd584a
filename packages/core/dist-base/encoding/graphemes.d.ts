/**
 * Grapheme clusters for the 'keep' policy (sms-facts.md §1: flags, skin tones, ZWJ families
 * and base + combining mark never straddle two parts). Intl.Segmenter (UAX #29) is only
 * used when the text holds a character that can join a multi-code-point cluster, so plain
 * text stays on the per-code-unit fast path. CR LF is the one such cluster made of GSM
 * characters; the packers handle it inline.
 */
/**
 * True when `codePoint` can join a multi-code-point grapheme cluster. No GSM-7 or shift-table
 * character can, so callers only ask about characters that force UCS-2.
 */
export declare function formsClusters(codePoint: number): boolean;
/** Finds the grapheme cluster around an offset of one text. */
export type ClusterLocator = (offset: number) => {
    start: number;
    length: number;
};
/**
 * A locator over `text`. Segmenting costs far more than packing, so it is asked only about
 * offsets where a part would break, and only when a character on either side can join a
 * cluster (every other position is a boundary under UAX #29, but CR LF which callers
 * check). Intl.Segmenter's `containing` then finds the cluster.
 */
export declare function clusterLocator(text: string): ClusterLocator;
//# sourceMappingURL=graphemes.d.ts.map