/**
 * The grapheme cluster locator used by UCS-2 packing (issue 17, item 10). It segments a
 * short window from the last known boundary instead of the whole text, because V8's
 * Intl.Segmenter rescans the text on every `containing` call and on iteration (quadratic:
 * 800 KB of flags took 23 s). Property: on random runs of flags, lone regional indicators,
 * combining marks, ZWJ sequences, skin tones, Hangul jamo, tags and CR LF, asked about
 * increasing offsets as the packer asks, it finds the same cluster as Intl.Segmenter on the
 * whole text, for every cluster a part can hold. Guard: the characters the segmenter
 * rescans grow linearly with the text (an operation count, not a timing).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clusterLocator } from '../../../packages/core/src/encoding/graphemes.js';
import { countSegments } from '../../../packages/core/src/encoding/count-segments.js';
import { propertyRuns, propertySeed } from '../../reliability/property-runs.js';

const PIECES = [
  '\u{1F1EB}\u{1F1F7}', // a flag (two regional indicators)
  '\u{1F1EB}', // a lone regional indicator: shifts the pairing of the rest of the run
  'e\u0301',
  '\u0301\u0302\u0303',
  '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}',
  '\u{1F44D}\u{1F3FD}',
  '\u200d',
  '\u1100\u1161\u11a8',
  '\u1100',
  '\u1161',
  '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
  '\r\n',
  '\u0600a',
  'a',
  'Hi ',
  '\u4e2d',
  '\u{1F600}',
];

const whole = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The cluster containing `offset` by segmenting the whole text (slow, exact). */
function referenceCluster(text: string, offset: number): { start: number; length: number } {
  const found = whole.segment(text).containing(offset) as Intl.SegmentData;
  return { start: found.index, length: found.segment.length };
}

const runs = fc.array(fc.tuple(fc.nat(PIECES.length - 1), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 12 });

afterEach(() => vi.restoreAllMocks());

describe('clusterLocator', () => {
  it('finds the cluster Intl.Segmenter finds on the whole text, at increasing offsets (random grapheme runs)', () => {
    fc.assert(
      fc.property(runs, fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 40 }), (pieces, steps) => {
        const text = pieces.map(([piece, times]) => PIECES[piece].repeat(times)).join('');
        const locate = clusterLocator(text);
        let offset = 0;
        for (const step of steps) {
          offset += step;
          if (offset >= text.length) break;
          const low = text.charCodeAt(offset);
          if (low >= 0xdc00 && low <= 0xdfff) offset++; // packers ask at code point boundaries
          if (text[offset - 1] === '\r' && text[offset] === '\n') offset++; // and pack CR LF whole themselves
          if (offset >= text.length) break;
          const expected = referenceCluster(text, offset);
          const actual = locate(offset);
          // What packers use: the start, and the length when the break moves back to that
          // start (clusters longer than the lookahead exceed every part: only "too long" counts).
          expect(actual.start).toBe(expected.start);
          if (expected.start < offset) {
            if (expected.length <= 200) expect(actual.length).toBe(expected.length);
            else expect(actual.length).toBeGreaterThan(70);
          }
          offset = actual.start; // the packer moves back to the cluster start, then on
        }
      }),
      { numRuns: Math.min(propertyRuns(), 2_000), seed: propertySeed() },
    );
  });

  it('segments a number of characters linear in the text (flags, combining marks, ZWJ families)', () => {
    const segmented = { characters: 0 };
    const original = Intl.Segmenter.prototype.segment;
    // V8 rescans the segmented string on each `containing` call and each iteration step:
    // count the string's length for every such call (a cost model, not a timing).
    vi.spyOn(Intl.Segmenter.prototype, 'segment').mockImplementation(function (this: Intl.Segmenter, input: string) {
      const segments = original.call(this, input);
      return {
        containing(index?: number) {
          segmented.characters += input.length;
          return segments.containing(index);
        },
        *[Symbol.iterator]() {
          for (const segment of segments) {
            segmented.characters += input.length;
            yield segment;
          }
        },
      } as Intl.Segments;
    });
    for (const unit of ['\u{1F1EB}\u{1F1F7}', 'e\u0301\u0302', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467} ']) {
      const work = (n: number) => {
        segmented.characters = 0;
        countSegments(unit.repeat(n), { graphemes: 'keep' });
        return segmented.characters;
      };
      const small = work(20_000);
      const large = work(80_000);
      expect(small).toBeGreaterThan(0);
      // 4× the text: linear work gives 4×, the old whole-text segmentation 16× or more.
      expect(large / small, unit).toBeLessThan(5);
    }
  });
});
