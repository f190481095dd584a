import type { Rule } from './types.js';
export declare const emptyTemplate: Rule;
//# sourceMappingURL=empty-template.d.ts.map