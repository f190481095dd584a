import type { ResolvedConfig } from '../config/types.js';
import type { Template } from '../template/types.js';
/**
 * A one-time code, verification or 2FA message: sent once because the user just asked for
 * it, so it is not a recurring program and needs no opt-out or HELP wording (sms-facts.md
 * §5: CTIA Short Code Monitoring Handbook A.1). Metadata `otp: true`/`false` decides when
 * written; otherwise a non-marketing template is one when it names a code ("verification
 * code", "one-time password", "2FA") and carries one: a placeholder named code/otp/pin
 * whose type is digits, or 4–8 literal digits. A bare `{{otp}}`/`{{pin}}` is enough.
 */
export declare function isOneTimeMessage(template: Template, config: ResolvedConfig): boolean;
//# sourceMappingURL=one-time-message.d.ts.map