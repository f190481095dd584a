import { templateSegmentRange } from '../template/index.js';
import type { SegmentDriver, SegmentRange } from '../template/types.js';
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
      return `variable {{${driver.name}}} (${driver.detail})`;
    case 'character':
      return `character "${driver.name}" (${driver.detail})`;
    default:
      return `${driver.name} (${driver.detail})`;
  }
}

function spread(range: SegmentRange): string {
  const { min, max } = range;
  const span = min.segments === max.segments ? `${max.segments}` : `${min.segments}–${max.segments}`;
  return `renders to ${span} segment${max.segments === 1 ? '' : 's'} (worst case ${max.encoding}, ${plural(max.units, 'unit')}${range.exact ? '' : ', estimated'})`;
}

function drivers(range: SegmentRange): string {
  if (range.maxDrivers.length === 0) return 'the literal text';
  return range.maxDrivers.slice(0, 3).map(describeDriver).join(', ');
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
    const range = templateSegmentRange(template, segmentRangeOptions(context.config));
    const budget =
      positiveInteger(template.metadata.maxSegments) ?? positiveInteger(context.config.maxSegments) ?? DEFAULT_MAX_SEGMENTS;
    const characters = [...range.maxText].length;
    const at = templateAnchor(template);
    if (range.max.segments > HARD_SEGMENT_LIMIT || characters > HARD_CHARACTER_LIMIT) {
      context.report({
        message: `Too long to send: ${spread(range)}, ${plural(characters, 'character')}; many providers reject messages over ${HARD_SEGMENT_LIMIT} segments or ${HARD_CHARACTER_LIMIT.toLocaleString('en-US')} characters. Maximum driven by ${drivers(range)}.`,
        range: at,
        severity: 'error',
      });
      return;
    }
    if (range.max.segments <= budget) return;
    context.report({
      message: `Over the budget of ${plural(budget, 'segment')}: ${spread(range)}. Maximum driven by ${drivers(range)}.`,
      range: at,
    });
  },
};
