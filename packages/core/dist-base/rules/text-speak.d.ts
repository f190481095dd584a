import type { Rule } from './types.js';
/**
 * Informal abbreviations ("pls", "u", "thx") read as unprofessional in customer replies
 * (sms-facts.md §3). Entries that are always text speak get a fix; entries flagged only
 * because neighbouring words confirm them ("we r sorry") get a suggestion instead.
 */
export declare const textSpeak: Rule;
//# sourceMappingURL=text-speak.d.ts.map