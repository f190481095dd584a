import type { CountOptions, Encoding } from './types.js';
export interface SegmentCost {
    encoding: Encoding;
    units: number;
    segments: number;
}
export declare function segmentCost(text: string, options?: CountOptions): SegmentCost;
//# sourceMappingURL=segment-cost.d.ts.map