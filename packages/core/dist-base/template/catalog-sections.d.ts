/** A root-level ATX heading of level 1 or 2: where a template (`##`) or documentation (`#`) starts. */
export interface SectionStart {
    start: number;
    /** End of the heading line (before its line break). */
    headingEnd: number;
    /** Offset after the heading line's break. */
    bodyStart: number;
    level: 1 | 2;
}
/**
 * Remembers remark's verdicts on candidate heading lines. A verdict depends only on
 * text[chunkStart, candidate line end), so a re-parse can re-use those whose text is unchanged.
 */
export interface HeadingVerdicts {
    lookup(chunkStart: number, candidateStart: number, candidateEnd: number): boolean | undefined;
    store(chunkStart: number, candidateStart: number, verdict: boolean): void;
}
/**
 * Finds the template boundaries of a catalog from `from` (after front matter). A cheap
 * line scan proposes every `#`/`##` line; where the text before one holds a construct
 * that could make it literal (fenced code, HTML block, container indentation), remark
 * decides, parsing only that section plus the heading line. Equal to remark's own
 * root-level ATX headings over the whole document (property-tested). Setext headings
 * (`Title` over `---`) never delimit templates: `---` under a line is a common SMS
 * signature separator.
 */
export declare function findSectionStarts(text: string, from: number, verdicts?: HeadingVerdicts): SectionStart[];
//# sourceMappingURL=catalog-sections.d.ts.map