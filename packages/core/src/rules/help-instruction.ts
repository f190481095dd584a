import { detectCallbackOffers, detectEmails, detectHelpInstruction, detectLinks, detectPhones } from '../detect/index.js';
import { appendSentenceFix } from './append-sentence.js';
import { guessLanguage } from '../detect/language.js';
import { replyWording } from '../detect/reply-wording.js';
import { kindOf, languageOf, regionOf } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { isOneTimeMessage } from './one-time-message.js';
import { placeholderFacts, type PlaceholderFacts } from './placeholder-facts.js';
import { templateAnchor } from './template-location.js';
import type { Rule } from './types.js';

/** Links that lead to help rather than to an offer: "nwnd.co/help", "acme.com/support". */
const HELP_LINK = /[/.](?:help|support|contact|contact-us|chat|faq|faqs|ayuda|soporte|aide|soutien|care|assist)(?:[/?#.-]|$)/i;

/** A support contact customers can use: a help keyword or contact line, a help link, a phone number, an email, a callback offer. */
function offersHelp(masked: string, facts: PlaceholderFacts): boolean {
  return (
    facts.phones.some((p) => !p.recipient) ||
    facts.emails.length > 0 ||
    facts.links.some((l) => HELP_LINK.test(`/${l.placeholder.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).replace(/[_.]/g, '-')}`) || HELP_LINK.test(l.text)) ||
    detectHelpInstruction(masked).length > 0 ||
    detectLinks(masked).some((l) => !l.malformed && HELP_LINK.test(l.text)) ||
    detectPhones(masked).some((p) => p.kind !== 'fictional' && p.kind !== 'premium') ||
    detectEmails(masked).length > 0 ||
    detectCallbackOffers(masked).length > 0
  );
}

/**
 * Recurring programs (metadata `recurring: true`, and marketing unless `recurring: false`)
 * should tell customers how to get help: a HELP keyword or a support contact (CTIA
 * §5.1.2.1; sms-facts.md §2). CTIA requires it in the opt-in confirmation (see
 * first-message-disclosures) and that HELP always works, not a HELP line in every message:
 * hence only info outside marketing by default.
 */
export const helpInstruction: Rule = {
  meta: {
    id: 'help-instruction',
    description: 'A recurring or marketing template without HELP instructions or a support contact.',
    docsUrl: ruleDocsUrl('help-instruction'),
    defaultSeverity: { support: 'info', transactional: 'info', marketing: 'warning' },
    fixable: false,
    hasSuggestions: true,
  },
  check(template, context) {
    const { recurring } = template.metadata;
    const applies = recurring === true || (recurring !== false && kindOf(template, context.config) === 'marketing');
    if (!applies || template.body.source.trim() === '') return;
    // A code the user just asked for is not a program to get help with (sms-facts.md §5).
    if (isOneTimeMessage(template, context.config)) return;
    if (offersHelp(template.body.masked, placeholderFacts(template, context.config))) return;
    const language = languageOf(template, context.config, context.file.path) ?? guessLanguage(template.body.masked);
    const sentence = regionOf(template, context.config) === 'ca' ? 'Reply HELP or AIDE for help.' : replyWording(language).helpText;
    context.report({
      message: `Recurring program with no HELP instruction or support contact: add "${sentence}". Or say how to reach support (CTIA 5.1.2.1).`,
      range: templateAnchor(template),
      suggestions: [{ title: `Append "${sentence}"`, fix: appendSentenceFix(template, sentence, context.file.text) }],
    });
  },
};
