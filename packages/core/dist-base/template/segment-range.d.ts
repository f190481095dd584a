import { type SegmentCost } from '../encoding/segment-cost.js';
import type { SegmentDriver, SegmentRange, SegmentRangeOptions, Template, VariableSpec } from './types.js';
/** Branch combinations enumerated by default before bounding. */
export declare const DEFAULT_MAX_RENDERINGS = 256;
/**
 * Segment counts over the renderings of a template (sms-facts.md §1, "Segment counts with
 * placeholders"): every branch combination of `if`/`unless`/`with`/other blocks, `each` with
 * 0 or 1 item, each variable at its minimum, worst-case maximum and sample value. More
 * combinations than `maxRenderings` fall back to sound bounds (all branches together for
 * the maximum, none for the minimum) with `exact: false`.
 */
export declare function templateSegmentRange(template: Template, options?: SegmentRangeOptions): SegmentRange;
/**
 * The costs of a range without full counts, for callers that only compare them
 * (segment-budget): the maximum at once, the minimum and the drivers only when asked.
 * Always the same values as the matching fields of `templateSegmentRange`
 * (test/rules/segment-bounds.test.ts).
 */
export interface SegmentBounds {
    /** `templateSegmentRange(…).max`'s encoding, units and segments. */
    max: SegmentCost;
    maxText: string;
    exact: boolean;
    /** `templateSegmentRange(…).min`'s encoding, units and segments. */
    min(): SegmentCost;
    /** `templateSegmentRange(…).maxDrivers`. */
    maxDrivers(): SegmentDriver[];
}
export declare function templateSegmentBounds(template: Template, options?: SegmentRangeOptions): SegmentBounds;
/**
 * The worst-case encoding, units and segments alone: always the same fields as
 * `templateSegmentRange(template, options).max`, without the minimum, sample, drivers and
 * character notes (for rules that compare maxima under several variable declarations,
 * such as placeholder-encoding-risk).
 */
export declare function templateMaxCost(template: Template, options?: SegmentRangeOptions): SegmentCost;
/**
 * `templateMaxCost` of the template with its `variables` metadata replaced by each
 * declaration asked about (as `{ ...template, metadata: { ...metadata, variables } }`
 * would give), enumerating its renderings once for all of them.
 */
export declare function templateMaxCostUnder(template: Template, options?: SegmentRangeOptions): (variables: Record<string, VariableSpec> | undefined) => SegmentCost;
//# sourceMappingURL=segment-range.d.ts.map