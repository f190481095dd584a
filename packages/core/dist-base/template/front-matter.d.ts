import type { OffsetRange } from '../text/range.js';
export interface FrontMatterLocation {
    /** `---` through the closing `---` (without its line break). */
    range: OffsetRange;
    /** The YAML between the fences. */
    content: OffsetRange;
    /** Where the rest of the file starts (after the closing fence's line break). */
    after: number;
}
export type FrontMatterScan = {
    kind: 'none';
    after: number;
} | {
    kind: 'unterminated';
    opening: OffsetRange;
    after: number;
} | ({
    kind: 'found';
} & FrontMatterLocation);
/**
 * Finds YAML front matter: a `---` line first in the file (after a BOM), up to the next
 * `---` line — the same fences remark-frontmatter recognises.
 */
export declare function scanFrontMatter(text: string): FrontMatterScan;
//# sourceMappingURL=front-matter.d.ts.map