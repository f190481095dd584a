import type { ResolvedConfig } from '../config/types.js';
import type { Template } from '../template/types.js';
import { nameWords } from '../template/infer-variable-type.js';
import { ONE_TIME_CODE_NAMES, ONE_TIME_WORDING } from '../template/placeholder-vocabulary.js';
import { kindOf } from './content-context.js';
import { placeholderFacts } from './placeholder-facts.js';

/** The origin-bound line of a WebOTP message: "@example.com #123456" (placeholders masked). */
const WEB_OTP_LINE = /(?:^|\n)[ \t]*@\S+[ \t]+#\S+[ \t]*$/;
/** A literal code in the text: "Your code is 482913". */
const LITERAL_CODE = /(?<![\p{L}\p{N}])\d{4,8}(?![\p{L}\p{N}])/u;
/** Answers per template object and config (templates are not changed once parsed). */
const cache = new WeakMap<Template, { config: ResolvedConfig; oneTime: boolean }>();

/**
 * A one-time code, verification or 2FA message: sent once because the user just asked for
 * it, so it is not a recurring program and needs no opt-out or HELP wording (sms-facts.md
 * §5: CTIA Short Code Monitoring Handbook A.1). Metadata `otp: true`/`false` decides when
 * written; otherwise a non-marketing template is one when it names a code ("verification
 * code", "one-time password", "2FA") and carries one: a placeholder named code/otp/pin
 * whose type is digits, or 4–8 literal digits. A bare `{{otp}}`/`{{pin}}` is enough.
 */
export function isOneTimeMessage(template: Template, config: ResolvedConfig): boolean {
  // opt-out, help-instruction and multichannel-redirect each ask (memoised like placeholderFacts).
  const hit = cache.get(template);
  if (hit && hit.config === config) return hit.oneTime;
  const oneTime = detectOneTime(template, config);
  cache.set(template, { config, oneTime });
  return oneTime;
}

function detectOneTime(template: Template, config: ResolvedConfig): boolean {
  const { otp } = template.metadata;
  if (typeof otp === 'boolean') return otp;
  if (kindOf(template, config) === 'marketing') return false;
  const masked = template.body.masked;
  if (WEB_OTP_LINE.test(masked.trimEnd())) return true;
  const wording = ONE_TIME_WORDING.test(masked);
  for (const fact of placeholderFacts(template, config).placeholders) {
    if (fact.type !== 'digits') continue;
    const words = nameWords(fact.name);
    if (!words.some((w) => ONE_TIME_CODE_NAMES.has(w))) continue;
    if (wording || words.some((w) => w !== 'code' && ONE_TIME_CODE_NAMES.has(w))) return true;
  }
  return wording && LITERAL_CODE.test(masked);
}
