import type { Rule } from './types.js';
/**
 * The opt-in confirmation (metadata `optInConfirmation: true`) is the program's first
 * message and must state the program or brand, message frequency, "Msg & data rates may
 * apply", STOP and HELP (CTIA §5.1.1; sms-facts.md §2). Names each missing disclosure.
 */
export declare const firstMessageDisclosures: Rule;
//# sourceMappingURL=first-message-disclosures.d.ts.map