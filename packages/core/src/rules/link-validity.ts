import { detectLinks } from '../detect/index.js';
import type { LinkMatch } from '../detect/types.js';
import type { Template } from '../template/types.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { excerpt } from '../text/message-excerpt.js';
import { placeholderFacts, type PlaceholderFact } from './placeholder-facts.js';
import type { Rule, RuleContext } from './types.js';

function checkLink(template: Template, link: LinkMatch, context: RuleContext): void {
  const range = documentRange(template, link);
  // As written (placeholders included), not as masked.
  const shown = context.file.text.slice(range.start, range.end);
  if (link.malformed) {
    context.report({ message: `"${excerpt(shown, 48)}" will not open: ${link.malformed}.`, range });
    return;
  }
  if (link.hasPlaceholderHost) {
    context.report({
      message: `The host of "${excerpt(shown)}" comes from a placeholder: write the domain literally. Recipients cannot tell where it leads and carriers filter unregistered domains.`,
      range,
    });
  } else if (link.isIp) {
    context.report({
      message: `"${excerpt(shown, 48)}" points at an IP address: use your domain name. Carriers filter IP links as phishing.`,
      range,
    });
  }
  if (link.scheme === 'http') {
    const scheme = { start: range.start, end: range.start + 'http'.length };
    context.report({
      message: `"${excerpt(shown, 48)}" uses http: use https. Browsers warn on http links and they look like phishing.`,
      range,
      fix: { edits: [{ range: scheme, text: 'https' }] },
    });
  }
  const glued = link.trailingPunctuation[0];
  if (glued === '.' || glued === ',') {
    const at = { start: range.end, end: range.end + 1 };
    context.report({
      message: `"${glued}" right after the link: end the sentence before the link, or put the link last. Some phones include the "${glued}" in the URL, which then fails.`,
      range: at,
      suggestions: [{ title: `Remove the "${glued}" after the link`, fix: { edits: [{ range: at, text: '' }] } }],
    });
  }
}

/** A url placeholder's declared sample, checked as if it were written in the text. */
function checkSample(fact: PlaceholderFact, sample: string, context: RuleContext): void {
  const links = detectLinks(sample);
  const link = links[0];
  const about = `The sample of {{${excerpt(fact.name, 24)}}} ("${excerpt(sample)}")`;
  if (!link || link.start > 0 || link.end < sample.trimEnd().length - 1) {
    context.report({ message: `${about} is not a link: declare it as sent. For example "https://example.com/t/AB12".`, range: fact.range });
  } else if (link.malformed) {
    context.report({ message: `${about} will not open: ${link.malformed}.`, range: fact.range });
  } else if (link.isIp) {
    context.report({ message: `${about} points at an IP address: use your domain name. Carriers filter IP links as phishing.`, range: fact.range });
  } else if (link.scheme === 'http') {
    context.report({ message: `${about} uses http: send https links. Browsers warn on http links and they look like phishing.`, range: fact.range });
  }
}

/**
 * Links that will not work or look unsafe as sent: malformed URLs, http, IP hosts, hosts
 * from placeholders, and "." or "," glued to the end of a URL.
 */
export const linkValidity: Rule = {
  meta: {
    id: 'link-validity',
    description: 'A malformed, insecure (http), IP-address or placeholder-host link, or punctuation glued to a URL.',
    docsUrl: ruleDocsUrl('link-validity'),
    defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'warning' },
    fixable: true,
    hasSuggestions: true,
  },
  check(template, context) {
    for (const link of detectLinks(template.body.masked)) checkLink(template, link, context);
    const checked = new Set<string>();
    for (const fact of placeholderFacts(template, context.config).placeholders) {
      if (fact.type !== 'url' || fact.declaredSample === undefined || checked.has(fact.name)) continue;
      checked.add(fact.name);
      checkSample(fact, fact.declaredSample, context);
    }
  },
};
