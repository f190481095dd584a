import type { Rule } from './types.js';
export declare const ucs2Character: Rule;
//# sourceMappingURL=ucs2-character.d.ts.map