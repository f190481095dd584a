import type { Rule } from './types.js';
/**
 * SHAFT content (sex, hate, alcohol, firearms, tobacco; also cannabis and gambling) is
 * restricted by carrier codes of conduct for marketing (sms-facts.md §2). Service messages
 * may mention it ("your wine order shipped"), so outside marketing it is only noted.
 */
export declare const shaftContent: Rule;
//# sourceMappingURL=shaft-content.d.ts.map