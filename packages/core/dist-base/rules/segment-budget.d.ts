import type { Rule } from './types.js';
/** Budget when neither the template nor the config sets maxSegments. */
export declare const DEFAULT_MAX_SEGMENTS = 2;
/** Many providers refuse longer messages (sms-facts.md §1: "cap at 10 segments or 1,600 characters"). */
export declare const HARD_SEGMENT_LIMIT = 10;
export declare const HARD_CHARACTER_LIMIT = 1600;
export declare const segmentBudget: Rule;
//# sourceMappingURL=segment-budget.d.ts.map