import type { Rule } from './types.js';
/**
 * Recurring programs (metadata `recurring: true`, and marketing unless `recurring: false`)
 * should tell customers how to get help: a HELP keyword or a support contact (CTIA
 * §5.1.2.1; sms-facts.md §2). CTIA requires it in the opt-in confirmation (see
 * first-message-disclosures) and that HELP always works, not a HELP line in every message:
 * hence only info outside marketing by default.
 */
export declare const helpInstruction: Rule;
//# sourceMappingURL=help-instruction.d.ts.map