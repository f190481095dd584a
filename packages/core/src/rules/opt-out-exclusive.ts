import { detectExclusiveOptOut } from '../detect/index.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import type { Rule } from './types.js';

/**
 * An opt-out that can only be exercised one way ("to opt out, call us"): consent may be
 * revoked by any reasonable means (FCC 24-24, 47 CFR 64.1200(a)(10); sms-facts.md §2),
 * so a reply keyword must always work too.
 */
export const optOutExclusive: Rule = {
  meta: {
    id: 'opt-out-exclusive',
    description: 'An opt-out that can only be exercised one way (e.g. "only by calling us").',
    docsUrl: ruleDocsUrl('opt-out-exclusive'),
    defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
    fixable: false,
  },
  check(template, context) {
    for (const match of detectExclusiveOptOut(template.body.masked)) {
      const how = match.method ? ` by ${match.method}` : '';
      context.report({
        message: `Opting out only${how} is not allowed: also accept a reply keyword ("Reply STOP to opt out."). Consent may be revoked by any reasonable means (FCC 24-24).`,
        range: documentRange(template, match),
      });
    }
  },
};
