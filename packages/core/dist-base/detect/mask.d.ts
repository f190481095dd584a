import type { DetectMatch } from './types.js';
export declare const MASK_CHAR = "\uFFFC";
/**
 * `text` with every UTF-16 unit inside a range replaced by MASK_CHAR. Ranges may overlap
 * and come in any order; the text is copied in slices, never split into characters.
 */
export declare function maskRanges(text: string, ranges: readonly DetectMatch[]): string;
/** Text with links, emails, phone numbers and compliance boilerplate masked. */
export declare function maskNonProse(text: string): string;
//# sourceMappingURL=mask.d.ts.map