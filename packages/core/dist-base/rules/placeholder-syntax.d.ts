import type { Rule } from './types.js';
export declare const placeholderSyntax: Rule;
//# sourceMappingURL=placeholder-syntax.d.ts.map