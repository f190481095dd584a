import type { DetectAllOptions, Detections } from './types.js';
export declare function detectAll(text: string, detectOptions?: DetectAllOptions | null): Detections;
//# sourceMappingURL=detect-all.d.ts.map