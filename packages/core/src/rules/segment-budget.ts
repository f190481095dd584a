import { describeFit, fitHint } from '../cost/fit.js';
import { providerProfile } from '../cost/providers.js';
import { countSegments } from '../encoding/count-segments.js';
import type { SegmentCost } from '../encoding/segment-cost.js';
import { countOptionsOf } from './segment-options.js';
import { templateSegmentBounds, TYPE_SOURCE_WORDS, typeNoun, type SegmentBounds } from '../template/segment-range.js';
import { dialectOf } from '../template/dialects/registry.js';
import type { SegmentDriver, Template } from '../template/types.js';
import { ruleDocsUrl } from './docs-url.js';
import { placeholderFacts, templateRangeOptions, type PlaceholderFacts } from './placeholder-facts.js';
import { templateAnchor } from './template-location.js';
import type { Rule } from './types.js';

/** Budget when neither the template nor the config sets maxSegments. */
export const DEFAULT_MAX_SEGMENTS = 2;
/** Many providers refuse longer messages (sms-facts.md §1: "cap at 10 segments or 1,600 characters"). */
export const HARD_SEGMENT_LIMIT = 10;
export const HARD_CHARACTER_LIMIT = 1600;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeDriver(driver: SegmentDriver): string {
  switch (driver.kind) {
    case 'variable': {
      // The spec it was counted with is stated once, in the assumptions.
      const added = /adds \d+ segments?/.exec(driver.detail);
      return `${driver.placeholder ?? `{{${driver.name}}}`}${added ? ` (${added[0]})` : ''}`;
    }
    case 'character':
      return `character "${driver.name}" (${driver.detail})`;
    default:
      return `${driver.name} (${driver.detail})`;
  }
}

function spread(bounds: SegmentBounds): string {
  const min: SegmentCost = bounds.min();
  const { max } = bounds;
  const span = min.segments === max.segments ? `${max.segments}` : `${min.segments}–${max.segments}`;
  return `renders to ${span} segment${max.segments === 1 ? '' : 's'} (worst case ${max.encoding}, ${plural(max.units, 'unit')}${bounds.exact ? '' : ', estimated'})`;
}

function drivers(bounds: SegmentBounds): string {
  const maxDrivers = bounds.maxDrivers(3);
  if (maxDrivers.length === 0) return 'the literal text';
  return maxDrivers.map(describeDriver).join(', ');
}

const CHARSET_WORDS = { digits: 'digits', gsm: 'GSM-7 characters', ascii: 'ASCII characters', ucs2: 'characters of any kind', unknown: 'characters of any kind' } as const;

/** What the count assumed for the placeholders that drive the maximum, each said once. */
function assumptions(bounds: SegmentBounds, facts: PlaceholderFacts, template: Template): string {
  const names = bounds.maxDrivers().filter((d) => d.kind === 'variable').map((d) => d.name);
  const parts: string[] = [];
  for (const name of names.slice(0, 3)) {
    const fact = facts.placeholders.find((p) => p.name === name);
    if (!fact) continue;
    const { spec } = fact;
    const what = fact.type ? `${typeNoun(fact.type)}${fact.source ? ` (${TYPE_SOURCE_WORDS[fact.source]})` : ''}` : 'undeclared';
    parts.push(`${dialectOf(template).placeholder(name)} ${what}, up to ${spec.maxLength} ${CHARSET_WORDS[spec.charset]}`);
  }
  return parts.length === 0 ? '' : ` Counted with ${parts.join('; ')}.`;
}

/** Segments of a text once its UCS-2 characters are replaced (or removed when they have no replacement). */
function gsmEquivalentSegments(text: string, config: Parameters<typeof countOptionsOf>[0]): number {
  const options = countOptionsOf(config);
  const count = countSegments(text, options);
  let out = '';
  let last = 0;
  for (const note of count.ucs2Characters) {
    out += text.slice(last, note.offset) + (note.replacement ?? '');
    last = note.offset + note.length;
  }
  return countSegments(out + text.slice(last), options).segments;
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}

export const segmentBudget: Rule = {
  meta: {
    id: 'segment-budget',
    description: 'The worst-case rendered message exceeds the segment budget.',
    docsUrl: ruleDocsUrl('segment-budget'),
    defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'error' },
    fixable: false,
  },
  check(template, context) {
    // Bounds, not a full range: the minimum and the drivers are worked out only for a finding.
    // Values are counted as GSM-7: a value's UCS-2 risk is one finding at its placeholder.
    // Under a provider profile, renderings are counted as that provider sends them.
    const profile = providerProfile(context.config.provider);
    const options = { ...templateRangeOptions(template, context.config), valuesAsGsm: true };
    const bounds = templateSegmentBounds(template, profile.sendText ? { ...options, sendText: profile.sendText } : options);
    const under = profile.sendText ? ` (as ${profile.label} sends it)` : '';
    const budget =
      positiveInteger(template.metadata.maxSegments) ?? positiveInteger(context.config.maxSegments) ?? DEFAULT_MAX_SEGMENTS;
    // Cheap test first: a text has no more characters (code points) than UTF-16 units.
    const tooManyCharacters = bounds.maxText.length > HARD_CHARACTER_LIMIT && [...bounds.maxText].length > HARD_CHARACTER_LIMIT;
    if (bounds.max.segments > HARD_SEGMENT_LIMIT || tooManyCharacters) {
      const characters = [...bounds.maxText].length;
      const limits = profile.maxCharacters
        ? `${profile.label.split(' ')[0]} accepts at most ${profile.maxCharacters.toLocaleString('en-US')} characters and recommends at most ${profile.maxSegments} segments`
        : `many providers reject messages over ${HARD_SEGMENT_LIMIT} segments or ${HARD_CHARACTER_LIMIT.toLocaleString('en-US')} characters`;
      context.report({
        message: `Too long to send: ${spread(bounds)}${under}, ${plural(characters, 'character')}; ${limits}. Maximum driven by ${drivers(bounds)}.${assumptions(bounds, placeholderFacts(template, context.config), template)}`,
        range: templateAnchor(template),
        severity: 'error',
      });
      return;
    }
    if (bounds.max.segments <= budget) return;
    // Over only because literal characters force UCS-2: ucs2-character reports that, with the saving.
    if (bounds.max.encoding === 'UCS-2' && gsmEquivalentSegments(bounds.maxText, context.config) <= budget) return;
    const fit = describeFit(fitHint(bounds.maxText, options.countOptions, budget, profile.sendText));
    context.report({
      message: `Over the budget of ${plural(budget, 'segment')}: ${spread(bounds)}${under}. Maximum driven by ${drivers(bounds)}.${assumptions(bounds, placeholderFacts(template, context.config), template)} Worst case: ${fit}.`,
      range: templateAnchor(template),
    });
  },
};
