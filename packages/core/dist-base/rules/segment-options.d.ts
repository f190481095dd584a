import type { ResolvedConfig } from '../config/types.js';
import type { CountOptions } from '../encoding/types.js';
import type { SegmentRangeOptions } from '../template/types.js';
/** Counting options every encoding rule derives from the config (shift tables, graphemes). */
export declare function countOptionsOf(config: ResolvedConfig): CountOptions;
export declare function segmentRangeOptions(config: ResolvedConfig): SegmentRangeOptions;
//# sourceMappingURL=segment-options.d.ts.map