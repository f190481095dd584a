import type { Finding } from '../rules/types.js';
import type { LintCache } from './cache.js';
import type { FixResult, LintOptions, LintResult } from './types.js';
/** Most lint-and-fix rounds fixText runs (fixes can enable further fixes). */
export declare const MAX_FIX_PASSES = 10;
/**
 * Apply the findings' fixes to `text`: fixes are taken in document order, skipping any
 * fix with an edit that conflicts with one already taken (it may apply on a later
 * pass), then all taken edits are applied bottom-up so earlier offsets stay valid.
 */
export declare function applyFixes(text: string, findings: readonly Finding[]): FixResult;
/**
 * Lint and fix repeatedly until nothing changes (at most MAX_FIX_PASSES rounds).
 * `result` lints the final output; a second call on `output` changes nothing.
 */
export declare function fixText(text: string, options: LintOptions, cache?: LintCache): {
    output: string;
    passes: number;
    result: LintResult;
};
//# sourceMappingURL=fix.d.ts.map