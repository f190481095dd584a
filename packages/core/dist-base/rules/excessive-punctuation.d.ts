import type { Rule } from './types.js';
/**
 * "!!!", "??" and "?!" read as spam to people and carrier filters; more than one emoji per
 * message does too, and every emoji forces UCS-2 (sms-facts.md §1). Repeated punctuation is
 * fixed to its first mark; each emoji after the first is reported.
 */
export declare const excessivePunctuation: Rule;
//# sourceMappingURL=excessive-punctuation.d.ts.map