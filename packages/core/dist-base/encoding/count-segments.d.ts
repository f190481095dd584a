import type { CountOptions, SegmentCount } from './types.js';
/**
 * Counts `text` as one SMS body. GSM-7 when every character is in the default alphabet or
 * extension table (or, with `options.shiftTables`, the cheapest legal shift-table choice),
 * else UCS-2. A message fits in one part when its units ≤ the single capacity; otherwise it
 * is packed greedily into concatenated parts. Counts are never capped (TS 23.040 allows at
 * most 255 parts: see MAX_CONCATENATED_PARTS). Empty text is 1 segment of 0 units.
 */
export declare function countSegments(input: string, options?: CountOptions): SegmentCount;
//# sourceMappingURL=count-segments.d.ts.map