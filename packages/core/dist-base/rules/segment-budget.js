import { templateSegmentBounds } from '../template/segment-range.js';
import { ruleDocsUrl } from './docs-url.js';
import { segmentRangeOptions } from './segment-options.js';
import { templateAnchor } from './template-location.js';
/** Budget when neither the template nor the config sets maxSegments. */
export const DEFAULT_MAX_SEGMENTS = 2;
/** Many providers refuse longer messages (sms-facts.md §1: "cap at 10 segments or 1,600 characters"). */
export const HARD_SEGMENT_LIMIT = 10;
export const HARD_CHARACTER_LIMIT = 1600;
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
function describeDriver(driver) {
    switch (driver.kind) {
        case 'variable':
            return `variable {{${driver.name}}} (${driver.detail})`;
        case 'character':
            return `character "${driver.name}" (${driver.detail})`;
        default:
            return `${driver.name} (${driver.detail})`;
    }
}
function spread(bounds) {
    const min = bounds.min();
    const { max } = bounds;
    const span = min.segments === max.segments ? `${max.segments}` : `${min.segments}–${max.segments}`;
    return `renders to ${span} segment${max.segments === 1 ? '' : 's'} (worst case ${max.encoding}, ${plural(max.units, 'unit')}${bounds.exact ? '' : ', estimated'})`;
}
function drivers(bounds) {
    const maxDrivers = bounds.maxDrivers();
    if (maxDrivers.length === 0)
        return 'the literal text';
    return maxDrivers.slice(0, 3).map(describeDriver).join(', ');
}
function positiveInteger(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}
export const segmentBudget = {
    meta: {
        id: 'segment-budget',
        description: 'The worst-case rendered message exceeds the segment budget.',
        docsUrl: ruleDocsUrl('segment-budget'),
        defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'error' },
        fixable: false,
    },
    check(template, context) {
        // Bounds, not a full range: the minimum and the drivers are worked out only for a finding.
        const bounds = templateSegmentBounds(template, segmentRangeOptions(context.config));
        const budget = positiveInteger(template.metadata.maxSegments) ?? positiveInteger(context.config.maxSegments) ?? DEFAULT_MAX_SEGMENTS;
        // Cheap test first: a text has no more characters (code points) than UTF-16 units.
        const tooManyCharacters = bounds.maxText.length > HARD_CHARACTER_LIMIT && [...bounds.maxText].length > HARD_CHARACTER_LIMIT;
        if (bounds.max.segments > HARD_SEGMENT_LIMIT || tooManyCharacters) {
            const characters = [...bounds.maxText].length;
            context.report({
                message: `Too long to send: ${spread(bounds)}, ${plural(characters, 'character')}; many providers reject messages over ${HARD_SEGMENT_LIMIT} segments or ${HARD_CHARACTER_LIMIT.toLocaleString('en-US')} characters. Maximum driven by ${drivers(bounds)}.`,
                range: templateAnchor(template),
                severity: 'error',
            });
            return;
        }
        if (bounds.max.segments <= budget)
            return;
        context.report({
            message: `Over the budget of ${plural(budget, 'segment')}: ${spread(bounds)}. Maximum driven by ${drivers(bounds)}.`,
            range: templateAnchor(template),
        });
    },
};
//# sourceMappingURL=segment-budget.js.map