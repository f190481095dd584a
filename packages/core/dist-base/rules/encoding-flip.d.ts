import type { ResolvedConfig } from '../config/types.js';
import type { SegmentCost } from '../encoding/segment-cost.js';
import type { Template } from '../template/types.js';
import { type PlaceholderFact } from './placeholder-facts.js';
/** What one non-GSM character in a placeholder's value would cost in the worst case. */
export interface EncodingFlip {
    /** Worst case with every risky placeholder GSM-7. */
    safe: SegmentCost;
    /** Worst case with this placeholder free to hold any character. */
    flipped: SegmentCost;
}
/**
 * The cost of a UCS-2 switch per risky placeholder, or undefined when the literal text
 * already forces UCS-2 (a value cannot make it worse; ucs2-character reports the text).
 * Counts use the declared specs and the types inferred for the rest.
 */
export declare function encodingFlips(template: Template, config: ResolvedConfig, risky: readonly PlaceholderFact[]): Map<string, EncodingFlip> | undefined;
/** "1 → 2 segments worst case (+1)" */
export declare function describeFlip({ safe, flipped }: EncodingFlip): string;
/** Placeholders whose values are sent and can be checked: not conditions, not inside each/with, no spaces in the name. */
export declare function checkablePlaceholders(facts: readonly PlaceholderFact[]): PlaceholderFact[];
//# sourceMappingURL=encoding-flip.d.ts.map