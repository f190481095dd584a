import { detectCallbackOffers, detectOptOut } from '../detect/index.js';
import type { Template } from '../template/types.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import type { Rule, RuleContext } from './types.js';

/**
 * Reply keywords that carriers and messaging providers treat as opt-in (START, YES,
 * UNSTOP, SUBSCRIBE; sms-facts.md §2): an opted-out customer who replies one of them to
 * get a callback is silently re-subscribed.
 */
const OPT_IN_KEYWORDS = new Set(['YES', 'START', 'UNSTOP', 'SUBSCRIBE', 'SI', 'OUI']);

/**
 * A standard opt-out keyword offered for something else ("Reply CANCEL to cancel your
 * visit"): carriers process STOP, END, CANCEL, QUIT… themselves (sms-facts.md §2), so the
 * customer is unsubscribed from every text instead.
 */
export const OPT_OUT_KEYWORD_OFFER = /\b(?:reply|respond|text|txt|send)[ \t]+(?:with[ \t]+)?["'“‘]?(STOPALL|STOP|END|CANCEL|UNSUBSCRIBE|QUIT|REVOKE|OPTOUT)(?![\p{L}\p{N}])/giu;

function keywordRange(template: Template, matchStart: number, matchText: string, keyword: string) {
  const at = matchText.search(new RegExp(`(?<![\\p{L}\\p{N}])${keyword}(?![\\p{L}\\p{N}])`, 'u'));
  return documentRange(template, { start: matchStart + at, end: matchStart + at + keyword.length });
}

function checkCallbackKeywords(template: Template, context: RuleContext): void {
  for (const offer of detectCallbackOffers(template.body.masked)) {
    if (offer.keyword === null || !OPT_IN_KEYWORDS.has(offer.keyword.toUpperCase())) continue;
    const range = keywordRange(template, offer.start, offer.text, offer.keyword);
    context.report({
      message: `"${offer.keyword}" is an opt-in keyword at several providers: use "CALL" for callbacks. An opted-out customer who replies it is re-subscribed (register "CALL" with your provider).`,
      range,
      suggestions: [{ title: 'Use the keyword CALL', fix: { edits: [{ range, text: 'CALL' }] } }],
    });
  }
}

/**
 * Cheap prefilter: a reported keyword is upper case (see below). The characters that match
 * OPT_OUT_KEYWORD_OFFER's letters case-insensitively (/iu folds ſ to s and the Kelvin sign
 * to k) and stay the same in upper case are the ASCII capitals and the Kelvin sign, so the
 * text must hold one of these words.
 */
export const UPPER_CASE_KEYWORD = /STOP|END|CANCEL|UNSUBSCRIBE|QUIT|REVO[K\u212A]E|OPTOUT/;

function checkOptOutKeywords(template: Template, context: RuleContext): void {
  const masked = template.body.masked;
  if (!UPPER_CASE_KEYWORD.test(masked)) return;
  const optOuts = detectOptOut(masked);
  OPT_OUT_KEYWORD_OFFER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPT_OUT_KEYWORD_OFFER.exec(masked)) !== null) {
    const keyword = m[1]!;
    // Lower-case "reply stop" in prose is not a keyword offer; opt-out uses are fine.
    if (keyword !== keyword.toUpperCase()) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (optOuts.some((o) => o.start < end && start < o.end)) continue;
    context.report({
      message: `"${keyword}" is a standard opt-out keyword: offer a number or another word (e.g. "Reply 2 to cancel"). Carriers unsubscribe a customer who replies it from all your texts, not just this request.`,
      range: keywordRange(template, start, m[0], keyword),
    });
  }
}

export const replyKeywordConflict: Rule = {
  meta: {
    id: 'reply-keyword-conflict',
    description: 'A reply keyword that carriers reserve: "Reply YES" for a callback (re-subscribes), "Reply CANCEL" for a booking (unsubscribes).',
    docsUrl: ruleDocsUrl('reply-keyword-conflict'),
    defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'warning' },
    fixable: false,
    hasSuggestions: true,
  },
  check(template, context) {
    checkCallbackKeywords(template, context);
    checkOptOutKeywords(template, context);
  },
};
