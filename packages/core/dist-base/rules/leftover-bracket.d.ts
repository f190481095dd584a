import type { Rule } from './types.js';
/**
 * Placeholder leftovers sent literally: "[Name]", "<first name>", "{firstName}" (single
 * braces are not Handlebars), "%NAME%", "XXX". The customer would receive them as written.
 */
export declare const leftoverBracket: Rule;
//# sourceMappingURL=leftover-bracket.d.ts.map