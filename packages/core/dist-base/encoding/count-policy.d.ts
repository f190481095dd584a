import type { CountOptions, ShiftTableId } from './types.js';
export interface CountPolicy {
    keepClusters: boolean;
    reference: 8 | 16;
    shiftTables: ShiftTableId[];
}
export declare function countPolicy(options?: CountOptions): CountPolicy;
//# sourceMappingURL=count-policy.d.ts.map