import type { ExclusiveOptOutMatch, OptOutMatch } from './types.js';
export declare const VERB_KEYWORD: RegExp;
/**
 * A non-standard keyword whose stated effect is opting out: "Reply NO MORE and we'll remove
 * you from our list", "Text REMOVE to stop receiving offers". Carriers honour such wording
 * as a revocation too ("any reasonable means", FCC 24-24).
 */
export declare const OTHER_KEYWORD_PURPOSE: RegExp;
/**
 * Prefilter for OTHER_KEYWORD_PURPOSE: the stated effect every match ends with. Same `iu`
 * flags, so Unicode case folding matches the same text (test/detect/prefilters.test.ts).
 */
export declare const OTHER_KEYWORD_PURPOSE_NEEDS: RegExp;
/**
 * The instructions without a keyword, in priority order, each with its prefilter: a cheap
 * regex for a piece every match contains, with the pattern's case flags (so case folding
 * cannot make them disagree; test/detect/prefilters.test.ts).
 */
export declare const INSTRUCTIONS: ReadonlyArray<readonly [pattern: RegExp, needs: RegExp]>;
export declare function detectOptOut(input: string): OptOutMatch[];
/** The opt-out instructions in `text`, remembered for the next caller (read-only: shared with it). */
export declare function findOptOuts(text: string): readonly OptOutMatch[];
/**
 * An opt-out method presented as the only one ("only by calling us", "you must call to
 * opt out"): consent may be revoked by any reasonable means (FCC 24-24), so this is a problem.
 * Each pattern comes with its prefilter, a word every match contains (same `i` flag).
 */
export declare const EXCLUSIVE_ONLY: ReadonlyArray<readonly [pattern: RegExp, needs: RegExp]>;
/** "To opt out, call us…": exclusive only when no reply keyword is offered as well. */
export declare const CALL_TO_OPT_OUT: ReadonlyArray<readonly [pattern: RegExp, needs: RegExp]>;
export declare function detectExclusiveOptOut(input: string): ExclusiveOptOutMatch[];
//# sourceMappingURL=opt-out.d.ts.map