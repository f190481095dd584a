import type { Rule } from './types.js';
/**
 * Links that will not work or look unsafe as sent: malformed URLs, http, IP hosts, hosts
 * from placeholders, and "." or "," glued to the end of a URL.
 */
export declare const linkValidity: Rule;
//# sourceMappingURL=link-validity.d.ts.map