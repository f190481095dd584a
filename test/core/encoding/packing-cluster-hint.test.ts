import { describe, expect, it } from 'vitest';
import { formsClusters } from '../../../packages/core/src/encoding/graphemes.js';
import { GSM_SEPTETS } from '../../../packages/core/src/encoding/gsm-alphabet.js';
import { packUtf16 } from '../../../packages/core/src/encoding/packing.js';
import { mulberry32 as prng } from '../../../bench/lib/seeded-random.js';

/** The exact answer: some character that forces UCS-2 can join a grapheme cluster. */
function holdsClusterForming(text: string): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    if (GSM_SEPTETS[char.charCodeAt(0)] === 0 && (codePoint < 0xd800 || codePoint > 0xdfff) && formsClusters(codePoint)) return true;
  }
  return false;
}

/** The first ten pieces hold no cluster-forming character (the `false` hint), the rest do or are lone surrogates. */
const PIECES = ['a', 'Hello ', '€', '\r\n', '\r', '\n', 'é', '😀', 'ç', '中', 'e\u0301', '\u0301', '👩‍👩‍👧', '🇫🇷', '👍🏽', '\ud800', '\udc00', 'Ω', 'ก\u0e33', '\u1100\u1161'];

/** segmentCost packs with `clusterForming: true` without scanning first: it must split exactly where the exact hint does. */
describe('packUtf16 cluster hint', () => {
  it('packs the same with `true` as with the exact answer (generated texts, both policies, both part sizes)', () => {
    const random = prng(23);
    for (let i = 0; i < 3_000; i++) {
      let text = '';
      const length = 60 + Math.floor(random() * 400);
      const plain = random() < 0.5;
      while (text.length < length) text += plain ? PIECES[Math.floor(random() * 10)] : PIECES[Math.floor(random() * PIECES.length)];
      for (const keepClusters of [true, false]) {
        for (const perPart of [67, 66]) {
          const exact = [0];
          packUtf16(text, perPart, keepClusters, holdsClusterForming(text), exact);
          const hinted = [0];
          packUtf16(text, perPart, keepClusters, true, hinted);
          expect(hinted, JSON.stringify({ text, keepClusters, perPart })).toEqual(exact);
        }
      }
    }
  });
});
