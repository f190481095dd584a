import { detectBrand } from '../detect/index.js';
import type { Template } from '../template/types.js';
import { brandOf, documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { excerpt } from '../text/message-excerpt.js';
import { templateAnchor } from './template-location.js';
import type { Rule } from './types.js';

/**
 * Start of the file-level note that no brand is configured: said once per file by the rule;
 * the CLI keeps one per run (a run-wide fact, not a problem of each file).
 */
export const BRAND_NOT_CONFIGURED = 'No brand configured';

/** Whether a finding is the "no brand configured" note (the CLI keeps one per run). */
export function isBrandNotConfigured(finding: { ruleId: string; message: string }): boolean {
  return finding.ruleId === 'brand-identification' && finding.message.startsWith(BRAND_NOT_CONFIGURED);
}

/** "Near the start": within this many characters of the body, or in its first sentence. */
export const BRAND_WINDOW = 40;
/** A first sentence longer than this is no longer "the start" (a body without punctuation). */
const LONGEST_FIRST_SENTENCE = 120;

/** Variables that carry the sender's name at runtime ("{{brandName}}: your order…"). */
const BRAND_VARIABLE = /\{\{\{?[ \t~]*(?:[\w.]*\.)?(?:brand|brandName|company|companyName|business|businessName|sender|senderName|merchant|merchantName)[ \t~]*\}?\}\}/i;

/** End (exclusive, masked offsets) of the part of the body where the brand must appear. */
function startWindow(masked: string): { start: number; end: number } {
  const start = masked.length - masked.trimStart().length;
  const rest = masked.slice(start);
  const sentence = rest.search(/[.!?](?=\s|$)|\n/);
  const sentenceEnd = sentence < 0 ? rest.length : sentence + 1;
  let end = start + Math.max(BRAND_WINDOW, Math.min(sentenceEnd, LONGEST_FIRST_SENTENCE));
  // Never end between the halves of a surrogate pair (ranges must be valid UTF-16 positions).
  const high = masked.charCodeAt(end - 1);
  const low = masked.charCodeAt(end);
  if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) end++;
  return { start, end };
}

function bodyStartRange(template: Template, window: { start: number; end: number }) {
  const firstLine = template.body.masked.slice(window.start).search(/\r?\n/);
  const end = firstLine < 0 ? template.body.masked.length : window.start + firstLine;
  return documentRange(template, { start: window.start, end: Math.min(end, window.end) });
}

/**
 * The sender's brand named near the start of every message (sms-facts.md §2: carrier
 * registration rejects unbranded samples; PECR reg 23; CASL s.6(2)(a)). The brand comes from
 * the template metadata or front matter, else the config; without one the rule only
 * suggests configuring it, once per file.
 */
export const brandIdentification: Rule = {
  meta: {
    id: 'brand-identification',
    description: 'The brand is not named near the start of the message.',
    docsUrl: ruleDocsUrl('brand-identification'),
    defaultSeverity: { support: 'off', transactional: 'warning', marketing: 'error' },
    fixable: false,
    hasSuggestions: true,
  },
  checkFile(file, context) {
    if (typeof context.config.brand === 'string' && context.config.brand.trim() !== '') return;
    const unbranded = file.templates.find((t) => brandOf(t, context.config) === undefined && t.body.source.trim() !== '');
    if (!unbranded) return;
    context.report({
      message: `${BRAND_NOT_CONFIGURED}: set \`brand\` in the front matter or smslint.config.json. Then brand-identification checks that messages name the sender.`,
      range: file.frontMatter?.range ?? templateAnchor(unbranded),
      severity: 'info',
    });
  },
  check(template, context) {
    const brand = brandOf(template, context.config);
    const masked = template.body.masked;
    if (brand === undefined || masked.trim() === '') return;
    const window = startWindow(masked);
    const first = detectBrand(masked, brand)[0];
    if (first && first.start < window.end) return;
    if (BRAND_VARIABLE.test(template.body.source.slice(window.start, window.end))) return;
    const range = bodyStartRange(template, window);
    const at = { start: range.start, end: range.start };
    context.report({
      message: first
        ? `Name the sender at the start ("${excerpt(brand)}: …"): it first appears ${first.start - window.start} characters in. Recipients and carrier reviewers need to know who is texting.`
        : `The sender "${excerpt(brand)}" is not named: start with "${excerpt(brand)}: …". Recipients and carrier reviewers need to know who is texting (CTIA; CASL s.6(2)(a); PECR reg 23).`,
      range,
      suggestions: [{ title: `Start with "${brand}: "`, fix: { edits: [{ range: at, text: `${brand}: ` }] } }],
    });
  },
};
