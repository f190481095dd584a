import type { EmailMatch } from './types.js';
export declare function detectEmails(input: string): EmailMatch[];
/** The emails in `text`, remembered for the next caller (read-only: shared with it). */
export declare function findEmails(text: string): readonly EmailMatch[];
//# sourceMappingURL=emails.d.ts.map