import { detectLinks } from '../detect/index.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { excerpt } from '../text/message-excerpt.js';
import { placeholderFacts } from './placeholder-facts.js';
import type { Rule } from './types.js';

/**
 * Public URL shorteners (bit.ly, tinyurl.com, …) are shared with spammers, so US carriers
 * filter messages that use them (CTIA §5.3.2; sms-facts.md §2). Branded short domains are fine.
 */
export const publicUrlShortener: Rule = {
  meta: {
    id: 'public-url-shortener',
    description: 'A public URL shortener (bit.ly, tinyurl.com, …) that carriers filter.',
    docsUrl: ruleDocsUrl('public-url-shortener'),
    defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
    fixable: false,
  },
  check(template, context) {
    for (const link of detectLinks(template.body.masked)) {
      if (!link.isShortener) continue;
      context.report({
        message: `${excerpt(link.host.replace(/^www\./, ''), 48)} is a public URL shortener: use a short link on a branded domain you own. US carriers filter messages that use one (CTIA 5.3.2).`,
        range: documentRange(template, link),
      });
    }
    const checked = new Set<string>();
    for (const fact of placeholderFacts(template, context.config).placeholders) {
      if (fact.type !== 'url' || fact.declaredSample === undefined || checked.has(fact.name)) continue;
      checked.add(fact.name);
      const link = detectLinks(fact.declaredSample).find((l) => l.isShortener);
      if (!link) continue;
      context.report({
        message: `The sample of {{${excerpt(fact.name, 24)}}} is on ${excerpt(link.host.replace(/^www\./, ''))}, a public URL shortener: use a branded domain you own. US carriers filter messages that use one (CTIA 5.3.2).`,
        range: fact.range,
      });
    }
  },
};
