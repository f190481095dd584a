import { detectCallbackOffers, detectEmails, detectHelpInstruction, detectLinks, detectPhones } from '../detect/index.js';
import { appendSentenceFix } from './append-sentence.js';
import { configText } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { isOneTimeMessage } from './one-time-message.js';
import { placeholderFacts } from './placeholder-facts.js';
import { templateAnchor } from './template-location.js';
import type { Rule } from './types.js';

/** Appended by the fix when the config sets no `redirectText`: replying reaches a person. */
export const DEFAULT_REDIRECT_TEXT = 'Reply to this message to reach our team.';

/**
 * A support reply should leave the customer a way to reach a person or more help: a link,
 * a callable phone number, an email address, a callback offer ("Reply CALL") or a support
 * contact. A fictional 555-01XX number reaches nobody, so it does not count.
 */
export const multichannelRedirect: Rule = {
  meta: {
    id: 'multichannel-redirect',
    description: 'A reply that leaves no way to reach a person or more help (link, phone number, callback offer).',
    docsUrl: ruleDocsUrl('multichannel-redirect'),
    defaultSeverity: { support: 'warning', transactional: 'off', marketing: 'off' },
    // A suggestion, not a --fix: appending a sentence to every reply changes what it says.
    fixable: false,
    hasSuggestions: true,
  },
  check(template, context) {
    const text = template.body.masked;
    if (text.trim() === '') return; // empty-template reports it
    // A code the user just asked for needs no way back to a person.
    if (isOneTimeMessage(template, context.config)) return;
    // A link, phone or email behind a placeholder ("More info at {{url}}") reaches someone too.
    const facts = placeholderFacts(template, context.config);
    const reachable =
      facts.links.length > 0 ||
      facts.phones.some((p) => !p.recipient) ||
      facts.emails.length > 0 ||
      detectLinks(text).some((l) => !l.malformed) ||
      detectPhones(text).some((p) => p.kind !== 'fictional' && p.kind !== 'premium') ||
      detectEmails(text).length > 0 ||
      detectCallbackOffers(text).length > 0 ||
      detectHelpInstruction(text).length > 0;
    if (reachable) return;
    const redirect = configText(context.config.redirectText, DEFAULT_REDIRECT_TEXT);
    // Without a configured kind, "support" is only the default: the template may as well be a
    // notification, where a way back is advice rather than a gap (docs/rules/README.md, policy).
    const kindConfigured = template.metadata.kind !== undefined || context.config.kind !== undefined;
    context.report({
      ...(kindConfigured ? {} : { advisory: true }),
      message: `No way to reach a person or more help: add "${redirect}" or a support link. A link, phone number or callback offer counts.`,
      range: templateAnchor(template),
      suggestions: [{ title: `Append "${redirect}"`, fix: appendSentenceFix(template, redirect, context.file.text) }],
    });
  },
};
