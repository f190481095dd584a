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
import { formsClusters } from './graphemes.js';
import { GSM_SEPTETS } from './gsm-alphabet.js';
import { packSeptets, packUtf16 } from './packing.js';
import type { CountOptions, Encoding } from './types.js';

export interface SegmentCost {
  encoding: Encoding;
  units: number;
  segments: number;
}

export function segmentCost(text: string, options?: CountOptions): SegmentCost {
  // Shift tables choose among many candidates: rare enough to take the full count.
  const { keepClusters, reference, shiftTables } = countPolicy(options);
  if (typeof text !== 'string' || shiftTables.length > 0) {
    const { encoding, units, segments } = countSegments(text, options);
    return { encoding, units, segments };
  }
  const gsm = PLAIN_CAPACITY['GSM-7'][reference];
  const starts = [0];
  const septets = packSeptets(text, GSM_SEPTETS, gsm.perPart, keepClusters, starts);
  if (septets >= 0) return { encoding: 'GSM-7', units: septets, segments: septets <= gsm.single ? 1 : starts.length };
  const ucs2 = PLAIN_CAPACITY['UCS-2'][reference];
  const units = text.length;
  if (units <= ucs2.single) return { encoding: 'UCS-2', units, segments: 1 };
  starts.length = 1;
  packUtf16(text, ucs2.perPart, keepClusters, hasClusterForming(text), starts);
  return { encoding: 'UCS-2', units, segments: starts.length };
}

/** Whether a non-GSM character of `text` can join a grapheme cluster (as countSegments' UCS-2 scan tells). */
function hasClusterForming(text: string): boolean {
  for (let i = 0, n = text.length; i < n; ) {
    const unit = text.charCodeAt(i);
    if (GSM_SEPTETS[unit] !== 0) {
      i += 1;
      continue;
    }
    const codePoint = unit >= 0xd800 && unit <= 0xdbff ? (text.codePointAt(i) as number) : unit;
    // A lone surrogate never forms clusters.
    if ((codePoint < 0xd800 || codePoint > 0xdfff) && formsClusters(codePoint)) return true;
    i += codePoint > 0xffff ? 2 : 1;
  }
  return false;
}
