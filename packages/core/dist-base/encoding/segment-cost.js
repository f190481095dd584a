/**
 * The cost part of a count — encoding, units, segments — without character notes or part
 * offsets. Segment ranges compare many renderings of one template (every branch, every
 * variable at its minimum), and the notes on a worst-case value (20 emoji) were most of
 * the allocation there. Always equal to the same fields of `countSegments`
 * (test/core/encoding/segment-cost.test.ts).
 */
import { PLAIN_CAPACITY } from './capacity.js';
import { countPolicy } from './count-policy.js';
import { countSegments } from './count-segments.js';
import { GSM_SEPTETS } from './gsm-alphabet.js';
import { packSeptets, packUtf16 } from './packing.js';
/** Part starts are only counted here, so one scratch array serves every call (packing is synchronous). */
const starts = [0];
export function segmentCost(text, options) {
    // Shift tables choose among many candidates: rare enough to take the full count.
    const { keepClusters, reference, shiftTables } = countPolicy(options);
    if (typeof text !== 'string' || shiftTables.length > 0) {
        const { encoding, units, segments } = countSegments(text, options);
        return { encoding, units, segments };
    }
    const gsm = PLAIN_CAPACITY['GSM-7'][reference];
    starts.length = 1;
    const septets = packSeptets(text, GSM_SEPTETS, gsm.perPart, keepClusters, starts);
    if (septets >= 0)
        return { encoding: 'GSM-7', units: septets, segments: septets <= gsm.single ? 1 : starts.length };
    const ucs2 = PLAIN_CAPACITY['UCS-2'][reference];
    const units = text.length;
    if (units <= ucs2.single)
        return { encoding: 'UCS-2', units, segments: 1 };
    starts.length = 1;
    // No scan for cluster-forming characters first: the locator checks the neighbours of each
    // break itself, so `true` packs exactly as the known answer would (packing.ts).
    packUtf16(text, ucs2.perPart, keepClusters, true, starts);
    return { encoding: 'UCS-2', units, segments: starts.length };
}
//# sourceMappingURL=segment-cost.js.map