import type { ParseProblem, SmslintComment, TemplateBody } from './types.js';
import type { SmslintCommentLines } from './smslint-comments.js';
/** Masks placeholders so detectors never read them as words (same UTF-16 length). */
export declare const MASK = "\uFFFC";
export interface BuiltBody {
    body: TemplateBody;
    problems: ParseProblem[];
    /** `{{! smslint… }}` / `{{!-- smslint… --}}` comments in the body. */
    comments: SmslintComment[];
}
/** Deepest block nesting analysed; real templates use a handful of levels. */
export declare const MAX_BLOCK_DEPTH = 64;
/**
 * Builds the body model of text[start, end): Handlebars nodes with document ranges, the
 * masked source and the sent text. `excluded` are smslint comment lines inside the body,
 * which are never sent. Never throws: a Handlebars syntax error is a located problem.
 */
export declare function buildBody(text: string, start: number, end: number, excluded: readonly SmslintCommentLines[], 
/** false: always Handlebars' own parser (tests compare the two paths). */
useSubsetParser?: boolean): BuiltBody;
//# sourceMappingURL=handlebars-body.d.ts.map