import type { Rule } from './types.js';
export declare const undeclaredVariable: Rule;
//# sourceMappingURL=undeclared-variable.d.ts.map