import type { OffsetRange } from '../text/range.js';
/** One `{{…}}` as written in a body, found by scanning the raw source (parses or not). */
export interface RawMustache {
    /** Text between the braces, without `~` whitespace control, trimmed. */
    inner: string;
    /** true for `{{{…}}}`. */
    triple: boolean;
    comment: boolean;
    /** Document range of the whole mustache. */
    range: OffsetRange;
}
/**
 * Find every mustache in `source` (a body slice starting at document offset `base`).
 * Handlebars comments `{{!-- … --}}` may contain `}}`, so they are matched first.
 * An unclosed `{{` stops the scan (the parser reports it as a syntax problem).
 */
export declare function scanMustaches(source: string, base: number): RawMustache[];
/** Split a mustache expression into tokens, keeping quoted strings whole. */
export declare function mustacheTokens(inner: string): string[];
//# sourceMappingURL=mustache-scan.d.ts.map