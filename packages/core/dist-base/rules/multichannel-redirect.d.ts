import type { Rule } from './types.js';
/** Appended by the fix when the config sets no `redirectText`: replying reaches a person. */
export declare const DEFAULT_REDIRECT_TEXT = "Reply to this message to reach our team.";
/**
 * A support reply should leave the customer a way to reach a person or more help: a link,
 * a callable phone number, an email address, a callback offer ("Reply CALL") or a support
 * contact. A fictional 555-01XX number reaches nobody, so it does not count.
 */
export declare const multichannelRedirect: Rule;
//# sourceMappingURL=multichannel-redirect.d.ts.map