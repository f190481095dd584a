import type { Rule } from './types.js';
/**
 * Phone numbers customers cannot or should not call: fictional 555-01XX numbers, premium
 * 900/976 numbers, numbers without an area code, digits that do not parse as a number; an
 * info note prefers toll-free numbers or short codes to geographic ones.
 */
export declare const phoneValidity: Rule;
//# sourceMappingURL=phone-validity.d.ts.map