import type { OffsetRange } from '../text/range.js';
import type { ParseProblem, SmslintComment, TemplateBody, TemplateMetadata } from './types.js';
export interface TemplateRegion {
    /** The template's own metadata (not merged with defaults). */
    metadata: TemplateMetadata;
    metadataRange?: OffsetRange;
    body: TemplateBody;
    problems: ParseProblem[];
    /** smslint comments in the region (HTML and Handlebars), in document order. */
    comments: SmslintComment[];
}
/**
 * Reads text[from, to) after a heading (or after a single file's front matter): metadata
 * comments first (blank lines allowed between), then the body, trimmed of blank lines.
 */
export declare function readTemplateRegion(text: string, from: number, to: number): TemplateRegion;
//# sourceMappingURL=template-region.d.ts.map