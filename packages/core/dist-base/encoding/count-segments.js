/**
 * countSegments: encoding, units, parts and part offsets of an SMS body, exactly as
 * 3GPP TS 23.038 / 23.040 define them (sms-facts.md §1).
 */
import { PLAIN_CAPACITY, segmentCapacity } from './capacity.js';
import { extensionCharacterNotes, ucs2CharacterNotes } from './character-notes.js';
import { countPolicy } from './count-policy.js';
import { GSM_SEPTETS } from './gsm-alphabet.js';
import { packSeptets, packUtf16 } from './packing.js';
import { shiftCandidates, unionSeptets } from './shift-choice.js';
/**
 * Counts `text` as one SMS body. GSM-7 when every character is in the default alphabet or
 * extension table (or, with `options.shiftTables`, the cheapest legal shift-table choice),
 * else UCS-2. A message fits in one part when its units ≤ the single capacity; otherwise it
 * is packed greedily into concatenated parts. Counts are never capped (TS 23.040 allows at
 * most 255 parts: see MAX_CONCATENATED_PARTS). Empty text is 1 segment of 0 units.
 */
export function countSegments(input, options) {
    // Untyped callers (JSON, plugins) may pass anything: count its string form, never throw.
    const text = typeof input === 'string' ? input : String(input ?? '');
    const { keepClusters, reference, shiftTables } = countPolicy(options);
    if (shiftTables.length > 0)
        return countWithShiftTables(text, shiftTables, keepClusters, reference);
    const capacity = PLAIN_CAPACITY['GSM-7'][reference];
    const starts = [0];
    const units = packSeptets(text, GSM_SEPTETS, capacity.perPart, keepClusters, starts);
    if (units >= 0)
        return gsmResult(text, units, starts, capacity, GSM_SEPTETS, null);
    return ucs2Result(text, keepClusters, reference, GSM_SEPTETS);
}
function countWithShiftTables(text, tables, keepClusters, reference) {
    const candidates = shiftCandidates(tables);
    let best;
    for (const candidate of candidates) {
        const capacity = segmentCapacity('GSM-7', candidate.tableCount, reference);
        const starts = [0];
        const units = packSeptets(text, candidate.septets, capacity.perPart, keepClusters, starts);
        if (units < 0)
            continue;
        const segments = units <= capacity.single ? 1 : starts.length;
        // Candidates come in order of preference, so only a strictly cheaper one replaces the
        // best: fewer parts, then fewer tables (default alphabet on a tie), then fewer septets.
        if (!best ||
            segments < best.segments ||
            (segments === best.segments &&
                (candidate.tableCount < best.candidate.tableCount ||
                    (candidate.tableCount === best.candidate.tableCount && units < best.units)))) {
            best = { candidate, units, segments, starts };
        }
    }
    if (!best)
        return ucs2Result(text, keepClusters, reference, unionSeptets(tables));
    const { candidate, units, starts } = best;
    const capacity = segmentCapacity('GSM-7', candidate.tableCount, reference);
    return gsmResult(text, units, starts, capacity, candidate.septets, candidate.choice);
}
function gsmResult(text, units, starts, capacity, septets, shift) {
    const single = units <= capacity.single;
    if (single)
        starts.length = 1;
    return {
        encoding: 'GSM-7',
        units,
        segments: starts.length,
        perSegment: single ? capacity.single : capacity.perPart,
        segmentStarts: starts,
        shift: shift ? { ...shift } : null,
        ucs2Characters: [],
        // Septets exceed UTF-16 units only when some character costs ESC + code.
        extensionCharacters: units > text.length ? extensionCharacterNotes(text, septets) : [],
    };
}
/**
 * UCS-2 result. `encodable` marks what some allowed GSM-7 table could carry: the rest are
 * the characters reported as forcing UCS-2. (With shift tables, if each character alone is
 * encodable but no single table choice covers them all, the default-alphabet view is used.)
 */
function ucs2Result(text, keepClusters, reference, encodable) {
    const capacity = PLAIN_CAPACITY['UCS-2'][reference];
    const units = text.length;
    // One pass for the notes also tells whether grapheme clusters can matter for packing.
    const scan = { septets: GSM_SEPTETS, extension: [], clusterForming: false };
    let ucs2Characters = ucs2CharacterNotes(text, encodable, scan);
    if (ucs2Characters.length === 0 && encodable !== GSM_SEPTETS)
        ucs2Characters = ucs2CharacterNotes(text, GSM_SEPTETS);
    const starts = [0];
    const single = units <= capacity.single;
    if (!single)
        packUtf16(text, capacity.perPart, keepClusters, scan.clusterForming, starts);
    return {
        encoding: 'UCS-2',
        units,
        segments: starts.length,
        perSegment: single ? capacity.single : capacity.perPart,
        segmentStarts: starts,
        shift: null,
        ucs2Characters,
        // Reported in UCS-2 too: these cost 2 septets once the text is GSM-7 again.
        extensionCharacters: scan.extension,
    };
}
//# sourceMappingURL=count-segments.js.map