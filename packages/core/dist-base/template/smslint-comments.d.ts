import type { ParseProblem } from './types.js';
/** An `<!-- smslint… -->` comment that fills its line(s): never sent. */
export interface SmslintCommentLines {
    /** `<!--` through `-->`. */
    start: number;
    end: number;
    /** First line's start and the offset after the last line's break. */
    lineStart: number;
    lineNext: number;
    /** Inner text, trimmed, line breaks as LF: "smslint-disable text-speak". */
    value: string;
    /** Offset of the inner text (just after `<!--`). */
    innerStart: number;
}
/**
 * Finds every comment line `<!-- smslint… -->` in text[from, to): the comment must start
 * its line (after spaces or tabs) and nothing but spaces may follow `-->`. A comment may
 * run over several lines (the YAML metadata form). Anything else is literal text.
 */
export declare function scanSmslintCommentLines(text: string, from: number, to: number): {
    comments: SmslintCommentLines[];
    problems: ParseProblem[];
};
//# sourceMappingURL=smslint-comments.d.ts.map