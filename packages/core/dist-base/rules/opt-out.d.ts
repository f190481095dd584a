import type { Rule } from './types.js';
export declare const DEFAULT_OPT_OUT_TEXT = "Reply STOP to opt out.";
/** Canadian carriers take the French keyword too (sms-facts.md §2, region profiles). */
export declare const FRENCH_OPT_OUT_TEXT = "R\u00E9pondez ARRET pour vous d\u00E9sabonner.";
/**
 * Marketing and recurring service texts must say how to stop them (sms-facts.md §2,
 * opt-out); service templates marked `recurring: false` are exempt. A settings-page or
 * link instruction counts; in Canada the message names both STOP and ARRET. The fix
 * appends `optOutText` (config) as a sentence of its own.
 */
export declare const optOut: Rule;
//# sourceMappingURL=opt-out.d.ts.map