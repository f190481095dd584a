import { detectOptOut, replyWording } from '../detect/index.js';
import { guessLanguage } from '../detect/language.js';
import type { Region, Template } from '../template/types.js';
import { appendSentenceFix } from './append-sentence.js';
import { configText, kindOf, languageOf, regionOf } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { isOneTimeMessage } from './one-time-message.js';
import { placeholderFacts } from './placeholder-facts.js';
import { templateAnchor } from './template-location.js';
import type { Rule } from './types.js';

export const DEFAULT_OPT_OUT_TEXT = 'Reply STOP to opt out.';
/** Canadian carriers take the French keyword too (sms-facts.md §2, region profiles). */
export const FRENCH_OPT_OUT_TEXT = 'Répondez ARRET pour vous désabonner.';
/** The English keyword, worded for a French message. */
const FRENCH_STOP_TEXT = 'Textez STOP pour vous désabonner.';

const ENGLISH_KEYWORD = /(?<![\p{L}\p{N}])(?:STOPALL|STOP|END|CANCEL|UNSUBSCRIBE|UNSUB|QUIT|REVOKE|OPTOUT)(?![\p{L}\p{N}])/u;
const FRENCH_KEYWORD = /(?<![\p{L}\p{N}])ARR[EÊ]T(?![\p{L}\p{N}])/u;

const BASIS: Record<Region, string> = {
  us: 'CTIA 5.1.2–5.1.3: say how to stop the texts',
  'us-strict': 'CTIA 5.1.2–5.1.3: say how to stop the texts',
  ca: 'CASL: every commercial message needs an unsubscribe mechanism, in STOP and ARRET',
  'uk-eu': 'PECR reg 22–23: every marketing message needs a free, simple opt-out',
};

/** The sentences (or lines) that hold an opt-out instruction: keywords listed there count. */
function optOutSentences(masked: string, matches: { start: number; end: number }[]): string {
  return matches
    .map((m) => {
      const before = masked.slice(0, m.start);
      const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n')) + 1;
      const rest = masked.slice(m.end);
      const stop = rest.search(/[.!?](?:\s|$)|\n/);
      return masked.slice(from, stop < 0 ? masked.length : m.end + stop);
    })
    .join('\n');
}

function missingKeywords(template: Template, matches: ReturnType<typeof detectOptOut>): { english: boolean; french: boolean } {
  const sentences = optOutSentences(template.body.masked, matches);
  const keywords = matches.map((m) => m.keyword ?? '');
  return {
    english: !keywords.some((k) => ENGLISH_KEYWORD.test(k)) && !ENGLISH_KEYWORD.test(sentences),
    french: !keywords.some((k) => FRENCH_KEYWORD.test(k)) && !FRENCH_KEYWORD.test(sentences),
  };
}

/**
 * Marketing and recurring service texts must say how to stop them (sms-facts.md §2,
 * opt-out); service templates marked `recurring: false` are exempt. A settings-page or
 * link instruction counts; in Canada the message names both STOP and ARRET. The fix
 * appends `optOutText` (config), else the sentence of the template's language
 * (reply-wording.ts: "Responda ALTO para no recibir más mensajes."), as a sentence of its own.
 */
export const optOut: Rule = {
  meta: {
    id: 'opt-out',
    description: 'A marketing or transactional template without an opt-out instruction ("Reply STOP to opt out").',
    docsUrl: ruleDocsUrl('opt-out'),
    defaultSeverity: { support: 'off', transactional: 'warning', marketing: 'error' },
    fixable: true,
  },
  check(template, context) {
    if (template.body.source.trim() === '') return; // empty-template reports it
    // One-off service messages (an opt-out confirmation, a survey) are not a program to leave.
    if (template.metadata.recurring === false && kindOf(template, context.config) !== 'marketing') return;
    // A code the user just asked for is a one-time message, not a program (sms-facts.md §5).
    if (isOneTimeMessage(template, context.config)) return;
    const region = regionOf(template, context.config);
    // An unsubscribe link behind a placeholder ("{{unsubscribeUrl}}") is a settings/link instruction.
    const base = template.body.range.start;
    const linkOptOuts = placeholderFacts(template, context.config).optOutLinks.map((l) => ({ text: l.text, start: l.start - base, end: l.end - base, keyword: null }));
    const matches = [...detectOptOut(template.body.masked), ...linkOptOuts];
    // The fix speaks the template's language: its locale, else the language of its text.
    const language = languageOf(template, context.config, context.file.path) ?? guessLanguage(template.body.masked);
    if (matches.length === 0) {
      const fallback = region === 'ca' ? `${DEFAULT_OPT_OUT_TEXT} ${FRENCH_OPT_OUT_TEXT}` : replyWording(language).optOutText;
      const text = configText(context.config.optOutText, fallback);
      context.report({
        message: `No opt-out instruction: add "${text}". ${BASIS[region]}.`,
        range: templateAnchor(template),
        fix: appendSentenceFix(template, text, context.file.text),
      });
      return;
    }
    if (region !== 'ca') return;
    const missing = missingKeywords(template, matches);
    if (!missing.english && !missing.french) return;
    if (missing.english && missing.french) {
      // Only a settings page or link: Canadian carriers still expect the reply keywords.
      const text = `${DEFAULT_OPT_OUT_TEXT} ${FRENCH_OPT_OUT_TEXT}`;
      context.report({
        message: `The opt-out names no reply keyword: add "${text}". Canadian messages offer both STOP and ARRET (${BASIS.ca}).`,
        range: templateAnchor(template),
        fix: appendSentenceFix(template, text, context.file.text),
      });
      return;
    }
    const french = language === 'fr';
    const [word, text] = missing.french ? ['ARRET', FRENCH_OPT_OUT_TEXT] : ['STOP', french ? FRENCH_STOP_TEXT : DEFAULT_OPT_OUT_TEXT];
    context.report({
      message: `The opt-out is missing the ${word} keyword: add "${text}". Canadian messages offer both STOP and ARRET (${BASIS.ca}).`,
      range: templateAnchor(template),
      fix: appendSentenceFix(template, text, context.file.text),
    });
  },
};
