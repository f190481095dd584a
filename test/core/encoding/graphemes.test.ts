import { describe, expect, it } from 'vitest';
import { formsClusters } from '../../../packages/core/src/encoding/graphemes.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

describe('cluster-forming characters (the fast path skips Intl.Segmenter without them)', () => {
  it('flags the characters that join clusters', () => {
    for (const cp of [0x301, 0x200d, 0xfe0f, 0x20e3, 0x1f3fd, 0x1f1eb, 0xe0067, 0x1100, 0x0e33, 0x0600]) {
      expect(formsClusters(cp)).toBe(true);
    }
    for (const cp of [0x61, 0x2019, 0xa0, 0x1f600, 0x1f468, 0x4e2d, 0xac00]) expect(formsClusters(cp)).toBe(false);
  });

  it('every pair of unflagged BMP code points is a grapheme boundary (per Intl.Segmenter)', () => {
    const unflagged: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      const surrogate = cp >= 0xd800 && cp <= 0xdfff;
      if (!surrogate && !formsClusters(cp) && cp !== 0x0d && cp !== 0x0a) unflagged.push(String.fromCharCode(cp));
    }
    const neighbours = ['a', '\u00e1', '\u4e2d', '\uac00', '\u2019', '\u0915', '\u05d0', '\u0e01'];
    const joined: string[] = [];
    // Short strings: iterating Intl.Segmenter's segments is quadratic in the text length.
    const CHUNK = 200;
    for (const n of neighbours) {
      for (let from = 0; from < unflagged.length; from += CHUNK) {
        // n c1 n c2 n …: every adjacent pair must be its own cluster, both ways round.
        const text = n + unflagged.slice(from, from + CHUNK).join(n) + n;
        for (const { segment } of segmenter.segment(text)) if (segment.length > 1) joined.push(segment);
      }
    }
    expect(joined).toEqual([]);
    expect(unflagged.length).toBeGreaterThan(60_000);
  });
});
