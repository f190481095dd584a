import type { Rule } from './types.js';
export declare const placeholderEncodingRisk: Rule;
//# sourceMappingURL=placeholder-encoding-risk.d.ts.map