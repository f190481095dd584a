import type { DetectMatch } from './types.js';
/** Every mention of `brand`, in order; the first one's `start` says how near the start it is. */
export declare function detectBrand(input: string, brand: string): DetectMatch[];
//# sourceMappingURL=brand.d.ts.map