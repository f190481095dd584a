import type { Rule } from './types.js';
/** "Near the start": within this many characters of the body, or in its first sentence. */
export declare const BRAND_WINDOW = 40;
/**
 * The sender's brand named near the start of every message (sms-facts.md §2: carrier
 * registration rejects unbranded samples; PECR reg 23; CASL s.6(2)(a)). The brand comes from
 * the template metadata or front matter, else the config; without one the rule only
 * suggests configuring it, once per file.
 */
export declare const brandIdentification: Rule;
//# sourceMappingURL=brand-identification.d.ts.map