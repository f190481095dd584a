import type { ResolvedConfig } from '../config/types.js';
import type { Template } from '../template/types.js';
import { nameWords } from '../template/infer-variable-type.js';
import { CODE_ID_QUALIFIERS, ONE_TIME_CODE_NAMES, ONE_TIME_CODE_WORDED_NAMES, ONE_TIME_WORDING } from '../template/placeholder-vocabulary.js';
import { kindOf } from './content-context.js';
import { placeholderFacts } from './placeholder-facts.js';
import { memoPerTemplate } from './template-memo.js';

/** The origin-bound line of a WebOTP message: "@example.com #123456" (placeholders masked). */
const WEB_OTP_LINE = /(?:^|\n)[ \t]*@\S+[ \t]+#\S+[ \t]*$/;
/** A literal code in the text: "Your code is 482913". */
const LITERAL_CODE = /(?<![\p{L}\p{N}])\d{4,8}(?![\p{L}\p{N}])/u;

/**
 * A one-time code, verification or 2FA message: sent once because the user just asked for
 * it, so it is not a recurring program and needs no opt-out or HELP wording (sms-facts.md
 * §5: CTIA Short Code Monitoring Handbook A.1). Metadata `otp: true`/`false` decides when
 * written; otherwise a non-marketing template is one when it carries a code:
 * - a placeholder named otp/pin/passcode/mfa alone ("{{otp}}");
 * - in a message worded as one ("verification code", "one-time password", "2FA", "to sign
 *   in"): a placeholder named code/token/verification, one the words around it make a code
 *   ("Use code {{x}}", "{{x}} is your login code"), or 4–8 literal digits.
 * Memoised per template and config: opt-out, HELP and multichannel-redirect each ask.
 */
export const isOneTimeMessage: (template: Template, config: ResolvedConfig) => boolean = memoPerTemplate(decide);

function decide(template: Template, config: ResolvedConfig): boolean {
  const { otp } = template.metadata;
  if (typeof otp === 'boolean') return otp;
  if (kindOf(template, config) === 'marketing') return false;
  const masked = template.body.masked;
  if (WEB_OTP_LINE.test(masked.trimEnd())) return true;
  const wording = ONE_TIME_WORDING.test(masked);
  for (const fact of placeholderFacts(template, config).placeholders) {
    // A code is digits or letters and digits, never part of a link ("verify?token={{token}}").
    if ((fact.type !== 'digits' && fact.type !== 'id') || fact.inLink) continue;
    const words = nameWords(fact.name);
    if (fact.type === 'digits' && words.some((w) => ONE_TIME_CODE_NAMES.has(w))) return true;
    if (!wording) continue;
    // An identifier's qualifier says it is not one ("confirmation_code", "booking_token").
    const named = words.some((w) => ONE_TIME_CODE_WORDED_NAMES.has(w)) && !words.some((w) => CODE_ID_QUALIFIERS.has(w));
    if (named) return true;
    if (fact.type === 'digits' && fact.source === 'context') return true;
  }
  return wording && LITERAL_CODE.test(masked);
}
