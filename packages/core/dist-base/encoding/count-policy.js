/**
 * How a count reads its options — one place, so countSegments and segmentCost can never
 * disagree on defaults: graphemes kept whole unless 'split', the 8-bit concatenation
 * reference unless 16, and only the shift tables smslint knows.
 */
import { configuredShiftTables } from './shift-choice.js';
export function countPolicy(options) {
    return {
        keepClusters: options?.graphemes !== 'split',
        reference: options?.concatReference === 16 ? 16 : 8,
        shiftTables: configuredShiftTables(options?.shiftTables),
    };
}
//# sourceMappingURL=count-policy.js.map