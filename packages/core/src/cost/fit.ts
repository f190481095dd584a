/**
 * Fit hints: how far a text is past the last segment boundary, and what saves a segment
 * (issue 16). Everything is counted with the engine itself on the exact text, so escape
 * pairs, surrogate pairs and kept grapheme clusters at a boundary are right by
 * construction: "remove k characters" is the smallest k whose removal from the end of the
 * text gives one segment fewer.
 */
import { countSegments } from '../encoding/count-segments.js';
import { clusterLocator, formsClusters } from '../encoding/graphemes.js';
import { segmentCost } from '../encoding/segment-cost.js';
import type { CountOptions, Encoding } from '../encoding/types.js';

export interface FitHint {
  encoding: Encoding;
  /** Septets (GSM-7) or UTF-16 units (UCS-2) of the text. */
  units: number;
  segments: number;
  /** Segments the hint aims at: one fewer than now, or a budget passed to fitHint. */
  target: number;
  /**
   * Characters (grapheme clusters) to remove from the end to reach `target` segments; 0 when
   * the text is within it already.
   */
  overCharacters: number;
  /** The same cut in the encoding's units (an escape pair is 2 septets, an emoji 2 units). */
  overUnits: number;
  /** UTF-16 offset where the cut starts (the characters past the boundary), or the text length. */
  cutFrom: number;
  /** Units that still fit before another segment starts. */
  roomUnits: number;
  /**
   * Replacing every character that forces UCS-2 by its GSM-7 equivalent (only when each has
   * one): the characters and the segments after.
   */
  replace?: { characters: string[]; segments: number };
}

let segmenter: Intl.Segmenter | undefined;

/** Largest chunk handed to Intl.Segmenter: each segment it yields carries a copy of its input. */
const SEGMENT_CHUNK = 2048;

/** Grapheme clusters in `text`, segmenting in chunks that end at cluster boundaries. */
function countClusters(text: string): number {
  let plain = true;
  for (const char of text) {
    if (formsClusters(char.codePointAt(0)!)) {
      plain = false;
      break;
    }
  }
  // Without cluster-forming characters, every code point is a cluster but CR LF.
  if (plain) return [...text].length - (text.match(/\r\n/g)?.length ?? 0);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const locate = clusterLocator(text);
  let count = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + SEGMENT_CHUNK);
    if (end < text.length) {
      const boundary = clusterStartAt(text, locate, end);
      // A cluster longer than a chunk (pathological) is split: counted as more than one.
      if (boundary > start) end = boundary;
    }
    for (const _ of segmenter.segment(text.slice(start, end))) count++;
    start = end;
  }
  return count;
}

/** Start of the cluster holding `offset`: the locator, plus CR LF, which it leaves to its callers. */
function clusterStartAt(text: string, locate: ReturnType<typeof clusterLocator>, offset: number): number {
  if (offset > 0 && text.charCodeAt(offset - 1) === 0x0d && text.charCodeAt(offset) === 0x0a) return offset - 1;
  return locate(offset).start;
}

/** The code-point boundary at or before `offset` (never inside a surrogate pair). */
function codePointStart(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return offset > 0 && code >= 0xdc00 && code <= 0xdfff && text.charCodeAt(offset - 1) >= 0xd800 && text.charCodeAt(offset - 1) <= 0xdbff ? offset - 1 : offset;
}

function unitsOf(text: string, encoding: Encoding, options?: CountOptions): number {
  if (encoding === 'UCS-2') return text.length;
  return segmentCost(text, options).units;
}

/**
 * The fit of `text`: what to remove to save one segment, or to get down to `targetSegments`
 * (a budget) when given and lower. With `sendText` (a provider profile), each candidate is
 * counted as the provider sends it, while `cutFrom` stays an offset into `text` as written.
 */
export function fitHint(text: string, options?: CountOptions, targetSegments?: number, sendText?: (text: string) => string): FitHint {
  const sent = sendText ?? ((t: string) => t);
  const count = countSegments(sent(text), options);
  const { encoding, units, segments, segmentStarts, perSegment } = count;
  const target = Math.max(1, Math.min(segments - 1, targetSegments ?? segments - 1));
  const lastFill = segments === 1 ? units : unitsOf(sent(text).slice(segmentStarts[segments - 1]), encoding, options);
  const hint: FitHint = {
    encoding,
    units,
    segments,
    target,
    overCharacters: 0,
    overUnits: 0,
    cutFrom: text.length,
    roomUnits: Math.max(0, perSegment - lastFill),
  };
  if (segments > 1) {
    // Segments never rise as the text gets shorter from the end (a prefix packs as the start
    // of the whole), so the longest prefix within the target is found by bisection over
    // code points, then moved back to the start of the cluster it ends in.
    let low = 0; // text.slice(0, low) is within the target (the empty prefix always is)
    let high = text.length; // keeping everything is not
    while (high - low > 1) {
      const mid = codePointStart(text, (low + high) >> 1);
      if (mid <= low) break;
      if (segmentCost(sent(text.slice(0, mid)), options).segments <= target) low = mid;
      else high = mid;
    }
    const cut = low > 0 ? clusterStartAt(text, clusterLocator(text), low) : 0;
    hint.cutFrom = cut;
    hint.overCharacters = countClusters(text.slice(cut));
    hint.overUnits = units - unitsOf(sent(text.slice(0, cut)), encoding, options);
  }
  if (encoding === 'UCS-2' && count.ucs2Characters.length > 0 && count.ucs2Characters.every((note) => note.replacement !== undefined)) {
    const counted = sent(text);
    let replaced = '';
    let at = 0;
    for (const note of count.ucs2Characters) {
      replaced += counted.slice(at, note.offset) + note.replacement;
      at = note.offset + note.length;
    }
    replaced += counted.slice(at);
    const after = segmentCost(replaced, options);
    if (after.segments <= target) hint.replace = { characters: [...new Set(count.ucs2Characters.map((n) => n.char))], segments: after.segments };
  }
  return hint;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function unitWord(encoding: Encoding, n: number): string {
  return encoding === 'GSM-7' ? plural(n, 'septet') : `${n} UTF-16 unit${n === 1 ? '' : 's'}`;
}

/**
 * One line, e.g. "4 characters over 1 segment: remove 4 (or replace ’ to fit 1 segment)",
 * or "12 septets left in 1 segment" when nothing is over.
 */
export function describeFit(hint: FitHint): string {
  if (hint.segments === 1 || hint.overCharacters === 0) {
    return `${unitWord(hint.encoding, hint.roomUnits)} left in ${plural(hint.segments, 'segment')}`;
  }
  const fewer = hint.target;
  const units = hint.overUnits !== hint.overCharacters ? ` (${unitWord(hint.encoding, hint.overUnits)})` : '';
  let line = `${plural(hint.overCharacters, 'character')}${units} over ${plural(fewer, 'segment')}: remove ${hint.overCharacters}`;
  if (hint.replace) line += ` (or replace ${hint.replace.characters.join(' ')} to fit ${plural(hint.replace.segments, 'segment')})`;
  return line;
}
