import type { Rule } from './types.js';
/**
 * Public URL shorteners (bit.ly, tinyurl.com, …) are shared with spammers, so US carriers
 * filter messages that use them (CTIA §5.3.2; sms-facts.md §2). Branded short domains are fine.
 */
export declare const publicUrlShortener: Rule;
//# sourceMappingURL=public-url-shortener.d.ts.map