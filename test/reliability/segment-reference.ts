/**
 * An independent reference for segment counting, written from 3GPP TS 23.038 / 23.040 and
 * sms-facts.md §1 only (not from the encoding module): the slow, obvious version that the
 * property tests compare `countSegments` against.
 *
 * - GSM-7: 125 printable characters plus LF and CR cost 1 septet; the extension table
 *   (form feed ^ { } \ [ ~ ] | €) costs 2 (ESC + code), and an ESC pair never splits.
 * - Anything else makes the whole message UCS-2: one unit per UTF-16 code unit, and a
 *   surrogate pair never splits.
 * - One part holds 160 septets / 70 units; concatenated parts 153 / 67.
 * - 'keep': a grapheme cluster (UAX #29, Intl.Segmenter) never straddles two UCS-2 parts
 *   unless it is longer than a part by itself, then it splits between code points.
 *   'split': only code points are kept whole. GSM-7 ignores the policy: its only
 *   multi-character cluster is CR LF, two independent septets that Twilio's calculator and
 *   Android's GsmAlphabet split at a part boundary (issue 16; this reference kept them whole
 *   before, which counted 152 × a + CRLF + 152 × a as 3 segments instead of 2).
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '\f^{}\\[~]|€';

export interface ReferenceCount {
  encoding: 'GSM-7' | 'UCS-2';
  units: number;
  segments: number;
  segmentStarts: number[];
}

/** Septets a character costs in GSM-7, or 0 when it is not encodable. */
export function referenceSeptets(char: string): number {
  if (char.length === 1 && GSM_BASIC.includes(char)) return 1;
  if (char.length === 1 && GSM_EXTENSION.includes(char)) return 2;
  return 0;
}

function codePoints(text: string): string[] {
  // Array.from splits by code point and keeps lone surrogates as their own element.
  return Array.from(text);
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The indivisible pieces of `text` under a policy, before cost is applied. */
function pieces(text: string, graphemes: 'keep' | 'split', unitCost: (piece: string) => number, perPart: number): string[] {
  if (graphemes === 'split') return codePoints(text);
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    if (unitCost(segment) <= perPart) out.push(segment);
    else out.push(...codePoints(segment));
  }
  return out;
}

export function referenceCount(text: string, graphemes: 'keep' | 'split' = 'keep'): ReferenceCount {
  const gsm = codePoints(text).every((c) => referenceSeptets(c) > 0);
  const cost = gsm
    ? (piece: string) => codePoints(piece).reduce((sum, c) => sum + referenceSeptets(c), 0)
    : (piece: string) => piece.length;
  const single = gsm ? 160 : 70;
  const perPart = gsm ? 153 : 67;
  const all = pieces(text, gsm ? 'split' : graphemes, cost, perPart);
  const units = all.reduce((sum, piece) => sum + cost(piece), 0);
  const encoding = gsm ? 'GSM-7' : 'UCS-2';
  if (units <= single) return { encoding, units, segments: 1, segmentStarts: [0] };
  const segmentStarts = [0];
  let fill = 0;
  let offset = 0;
  for (const piece of all) {
    const c = cost(piece);
    if (fill + c > perPart) {
      segmentStarts.push(offset);
      fill = 0;
    }
    fill += c;
    offset += piece.length;
  }
  return { encoding, units, segments: segmentStarts.length, segmentStarts };
}
