/**
 * A deliberately naive, independent segment counter used by the property tests: it lists
 * the units each grapheme (or code point) costs, then fills parts one item at a time.
 * Nothing here is shared with the engine under test.
 */

// TS 23.038 §6.2.1 / §6.2.1.1, typed out again on purpose.
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENDED = '\f^{}\\[~]|€';

interface Item {
  offset: number;
  text: string;
}

function items(text: string, graphemes: 'keep' | 'split'): Item[] {
  const out: Item[] = [];
  if (graphemes === 'keep') {
    for (const { segment, index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
      out.push({ offset: index, text: segment });
    }
    return out;
  }
  let offset = 0;
  for (const cp of Array.from(text)) {
    out.push({ offset, text: cp });
    offset += cp.length;
  }
  return out;
}

function septets(ch: string): number {
  let total = 0;
  for (const c of ch) total += EXTENDED.includes(c) ? 2 : 1;
  return total;
}

export interface ReferenceCount {
  encoding: 'GSM-7' | 'UCS-2';
  units: number;
  segments: number;
  perSegment: number;
  segmentStarts: number[];
}

export function referenceCount(
  text: string,
  graphemes: 'keep' | 'split' = 'keep',
  concatReference: 8 | 16 = 8,
): ReferenceCount {
  const gsm = Array.from(text).every((c) => BASIC.includes(c) || EXTENDED.includes(c));
  const single = gsm ? 160 : 70;
  const perPart = gsm ? (concatReference === 8 ? 153 : 152) : concatReference === 8 ? 67 : 66;
  // Cost list: one entry per grapheme; a grapheme longer than a part falls back to code points.
  // GSM-7 lists code points whatever the policy: CR and LF are two independent septets
  // (23.038 0x0D, 0x0A), and Twilio's calculator and Android's GsmAlphabet end a part
  // between them (152 × a, CRLF, 152 × a is 2 segments). An earlier version of this
  // reference kept CRLF whole in GSM-7 too, which encoded a wrong third segment.
  const costs: Array<{ offset: number; cost: number }> = [];
  for (const item of items(text, gsm ? 'split' : graphemes)) {
    const cost = gsm ? septets(item.text) : item.text.length;
    if (cost <= perPart) {
      costs.push({ offset: item.offset, cost });
    } else {
      let offset = item.offset;
      for (const cp of Array.from(item.text)) {
        costs.push({ offset, cost: gsm ? septets(cp) : cp.length });
        offset += cp.length;
      }
    }
  }
  const units = costs.reduce((sum, c) => sum + c.cost, 0);
  if (units <= single) return { encoding: gsm ? 'GSM-7' : 'UCS-2', units, segments: 1, perSegment: single, segmentStarts: [0] };
  const parts: Array<Array<{ offset: number; cost: number }>> = [[]];
  for (const c of costs) {
    const current = parts[parts.length - 1];
    const used = current.reduce((sum, x) => sum + x.cost, 0);
    if (used + c.cost > perPart) parts.push([c]);
    else current.push(c);
  }
  return {
    encoding: gsm ? 'GSM-7' : 'UCS-2',
    units,
    segments: parts.length,
    perSegment: perPart,
    segmentStarts: parts.map((p, i) => (i === 0 ? 0 : p[0].offset)),
  };
}
