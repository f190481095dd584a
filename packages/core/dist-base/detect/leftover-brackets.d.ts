import type { LeftoverBracketMatch } from './types.js';
export declare function detectLeftoverBrackets(input: string): LeftoverBracketMatch[];
//# sourceMappingURL=leftover-brackets.d.ts.map