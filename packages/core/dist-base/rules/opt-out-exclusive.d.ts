import type { Rule } from './types.js';
/**
 * An opt-out that can only be exercised one way ("to opt out, call us"): consent may be
 * revoked by any reasonable means (FCC 24-24, 47 CFR 64.1200(a)(10); sms-facts.md §2),
 * so a reply keyword must always work too.
 */
export declare const optOutExclusive: Rule;
//# sourceMappingURL=opt-out-exclusive.d.ts.map