import type { OffsetRange } from '../text/range.js';
import type { ParseProblem, SmslintComment, Template } from './types.js';
/** Copies of parse results moved by `delta` offsets (a memoised section re-used at a new place). */
export declare function shiftRange(range: OffsetRange, delta: number): OffsetRange;
export declare function shiftTemplate(template: Template, delta: number): Template;
export declare function shiftProblems(problems: ParseProblem[], delta: number): ParseProblem[];
export declare function shiftComments(comments: SmslintComment[], delta: number): SmslintComment[];
//# sourceMappingURL=shift.d.ts.map