import type { LinkMatch } from './types.js';
export declare function detectLinks(input: string): LinkMatch[];
/** The links in `text`, remembered for the next caller (read-only: shared with it). */
export declare function findLinks(text: string): readonly LinkMatch[];
/**
 * Cheap prefilter for `linkInRun`: a link needs a scheme (a ":" or "//" with more of the link
 * after it) or a dot in its host, none of which can sit in the run's trailing punctuation. A
 * run with no ".", ":" or "/" before that punctuation holds no link: "today.", "Details:".
 */
export declare function mayHoldLink(raw: string): boolean;
/** The link a whitespace run holds, if any (exported for the prefilter test). */
export declare function parseLinkInRun(raw: string): LinkMatch | null;
//# sourceMappingURL=links.d.ts.map