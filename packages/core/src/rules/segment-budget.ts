import { describeFit, fitHint } from '../cost/fit.js';
import { providerProfile } from '../cost/providers.js';
import type { SegmentCost } from '../encoding/segment-cost.js';
import { templateSegmentBounds, type SegmentBounds } from '../template/segment-range.js';
import type { SegmentDriver } from '../template/types.js';
import { ruleDocsUrl } from './docs-url.js';
import { segmentRangeOptions } from './segment-options.js';
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
    case 'variable':
      return `variable ${driver.placeholder ?? `{{${driver.name}}}`} (${driver.detail})`;
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
    // Under a provider profile, renderings are counted as that provider sends them.
    const profile = providerProfile(context.config.provider);
    const options = segmentRangeOptions(context.config);
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
        message: `Too long to send: ${spread(bounds)}${under}, ${plural(characters, 'character')}; ${limits}. Maximum driven by ${drivers(bounds)}.`,
        range: templateAnchor(template),
        severity: 'error',
      });
      return;
    }
    if (bounds.max.segments <= budget) return;
    const fit = describeFit(fitHint(bounds.maxText, options.countOptions, budget, profile.sendText));
    context.report({
      message: `Over the budget of ${plural(budget, 'segment')}: ${spread(bounds)}${under}. Maximum driven by ${drivers(bounds)}. Worst case: ${fit}.`,
      range: templateAnchor(template),
    });
  },
};
