import { countSegments, type CountOptions } from '@smslint/core';
import { describe, expect, it } from 'vitest';
import { segmentCost } from '../../../packages/core/src/encoding/segment-cost.js';
import { mulberry32 as prng } from '../../../bench/lib/seeded-random.js';

/** Pieces that hit every packing path: GSM, extension, CR LF, emoji, ZWJ and flag clusters, marks, lone surrogates. */
const PIECES = ['a', 'Hello ', '€', '{', '\r\n', '\n', 'é', 'e\u0301', '😀', '👩‍👩‍👧', '🇫🇷', '👍🏽', 'ç', '\ud800', '\udc00', 'Ω', 'ü', '中', ' ', '\u00a0'];
const OPTIONS: Array<CountOptions | undefined> = [
  undefined,
  { graphemes: 'split' },
  { concatReference: 16 },
  { shiftTables: ['tr', 'es'] },
  { shiftTables: ['pt'] },
];

describe('segmentCost', () => {
  it('equals the encoding, units and segments of countSegments (6,000 generated texts × options)', () => {
    const random = prng(7);
    for (let i = 0; i < 1_500; i++) {
      let text = '';
      const length = Math.floor(random() * 420);
      const gsmOnly = random() < 0.4;
      while (text.length < length) text += gsmOnly ? PIECES[Math.floor(random() * 5)] : PIECES[Math.floor(random() * PIECES.length)];
      for (const options of OPTIONS) {
        const { encoding, units, segments } = countSegments(text, options);
        expect(segmentCost(text, options), JSON.stringify({ text, options })).toEqual({ encoding, units, segments });
      }
    }
  });

  it('counts empty text as one segment of 0 units', () => {
    expect(segmentCost('')).toEqual({ encoding: 'GSM-7', units: 0, segments: 1 });
  });
});
