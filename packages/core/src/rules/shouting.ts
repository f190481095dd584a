import { detectShouting } from '../detect/index.js';
import { brandOf, documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { excerpt } from '../text/message-excerpt.js';
import type { Rule } from './types.js';

/**
 * Runs of all-caps words ("FREE SHIPPING ENDS TONIGHT") read as shouting and trip carrier
 * spam filters. Acronyms, reply keywords (STOP, HELP) and the brand are not shouting.
 */
export const shouting: Rule = {
  meta: {
    id: 'shouting',
    description: 'Runs of all-caps words that read as shouting.',
    docsUrl: ruleDocsUrl('shouting'),
    defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'warning' },
    fixable: false,
  },
  check(template, context) {
    const brand = brandOf(template, context.config);
    for (const match of detectShouting(template.body.masked, brand === undefined ? {} : { brand })) {
      context.report({
        message: `"${excerpt(match.text)}" is all caps: write it in sentence case. It reads as shouting, and as spam to carrier filters.`,
        range: documentRange(template, match),
      });
    }
  },
};
