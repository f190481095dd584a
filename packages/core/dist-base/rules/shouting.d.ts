import type { Rule } from './types.js';
/**
 * Runs of all-caps words ("FREE SHIPPING ENDS TONIGHT") read as shouting and trip carrier
 * spam filters. Acronyms, reply keywords (STOP, HELP) and the brand are not shouting.
 */
export declare const shouting: Rule;
//# sourceMappingURL=shouting.d.ts.map