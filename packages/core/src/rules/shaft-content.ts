import { detectShaftContent } from '../detect/index.js';
import { documentRange, kindOf } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { excerpt } from '../text/message-excerpt.js';
import type { Rule } from './types.js';

/**
 * SHAFT content (sex, hate, alcohol, firearms, tobacco; also cannabis and gambling) is
 * restricted by carrier codes of conduct for marketing (sms-facts.md §2). Service messages
 * may mention it ("your wine order shipped"), so outside marketing it is only noted.
 */
export const shaftContent: Rule = {
  meta: {
    id: 'shaft-content',
    description: 'Sex, hate, alcohol, firearms, tobacco, cannabis or gambling terms that carriers restrict.',
    docsUrl: ruleDocsUrl('shaft-content'),
    defaultSeverity: { support: 'info', transactional: 'info', marketing: 'warning' },
    fixable: false,
  },
  check(template, context) {
    const marketing = kindOf(template, context.config) === 'marketing';
    for (const match of detectShaftContent(template.body.masked)) {
      context.report({
        message: marketing
          ? `"${excerpt(match.text)}" is ${match.category} content: use age gating and a registered campaign. Carriers restrict ${match.category} content in marketing.`
          : `"${excerpt(match.text)}" is ${match.category} content: fine in a service message, but carriers restrict it in marketing.`,
        range: documentRange(template, match),
      });
    }
  },
};
