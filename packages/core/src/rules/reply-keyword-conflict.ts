import { detectCallbackOffers } from '../detect/index.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import type { Rule } from './types.js';

/**
 * Reply keywords that carriers and messaging providers treat as opt-in (START, YES,
 * UNSTOP, SUBSCRIBE; sms-facts.md §2): an opted-out customer who replies one of them to
 * get a callback is silently re-subscribed.
 */
const OPT_IN_KEYWORDS = new Set(['YES', 'START', 'UNSTOP', 'SUBSCRIBE', 'SI', 'OUI']);

export const replyKeywordConflict: Rule = {
  meta: {
    id: 'reply-keyword-conflict',
    description: 'A callback offer keyed on an opt-in keyword ("Reply YES"), which re-subscribes opted-out customers.',
    docsUrl: ruleDocsUrl('reply-keyword-conflict'),
    defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'warning' },
    fixable: false,
    hasSuggestions: true,
  },
  check(template, context) {
    for (const offer of detectCallbackOffers(template.body.masked)) {
      const keyword = offer.keyword?.toUpperCase();
      if (keyword === undefined || !OPT_IN_KEYWORDS.has(keyword)) continue;
      const at = offer.text.search(new RegExp(`(?<![\\p{L}\\p{N}])${offer.keyword}(?![\\p{L}\\p{N}])`, 'u'));
      const keywordRange = documentRange(template, { start: offer.start + at, end: offer.start + at + offer.keyword!.length });
      context.report({
        message: `"${offer.keyword}" is an opt-in keyword at several providers: an opted-out customer who replies it is re-subscribed. Use "CALL" for callbacks (and register it with your provider).`,
        range: keywordRange,
        suggestions: [{ title: 'Use the keyword CALL', fix: { edits: [{ range: keywordRange, text: 'CALL' }] } }],
      });
    }
  },
};
