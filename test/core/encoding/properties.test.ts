import { countSegments } from '@smslint/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceCount } from './reference-counter.js';

const RUNS = { numRuns: 2000 };

const gsmPieces = ['a', 'Z', '0', ' ', '.', '@', 'Ç', 'é', 'Δ', 'Σ', '\n', '\r', '\r\n', '€', '[', ']', '^', '|', '\f', '~'];
const ucs2Pieces = [
  '’', '“', '—', '…', '\u00a0', 'ç', 'á', 'Α', '\t', '\u200b',
  '😀', '🇫🇷', '🇩🇪', '👍🏽', '👨‍👩‍👧', '❤️', 'e\u0301', 'a\u0301\u0302', '\u0301', '\ud800', '한', '\u1100\u1161',
];

/** Mostly-GSM texts long enough to cross every GSM boundary. */
const gsmText = fc.array(fc.constantFrom(...gsmPieces), { maxLength: 480, size: 'max' }).map((p) => p.join(''));
/** Texts with at least a chance of UCS-2 characters, clusters and lone surrogates. */
const mixedText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...gsmPieces) }, fc.constantFrom(...ucs2Pieces)), {
    maxLength: 240,
    size: 'max',
  })
  .map((p) => p.join(''));
const anyText = fc.oneof(gsmText, mixedText, fc.string({ unit: 'binary', maxLength: 200, size: 'max' }));

function comparable(text: string, graphemes: 'keep' | 'split', concatReference: 8 | 16) {
  const { encoding, units, segments, perSegment, segmentStarts } = countSegments(text, { graphemes, concatReference });
  return { encoding, units, segments, perSegment, segmentStarts };
}

describe('countSegments matches the naive reference', () => {
  it('GSM-heavy texts, graphemes kept', () => {
    fc.assert(fc.property(gsmText, (t) => {
      expect(comparable(t, 'keep', 8)).toEqual(referenceCount(t, 'keep', 8));
    }), RUNS);
  });

  it('mixed texts, graphemes kept', () => {
    fc.assert(fc.property(mixedText, (t) => {
      expect(comparable(t, 'keep', 8)).toEqual(referenceCount(t, 'keep', 8));
    }), RUNS);
  });

  it('any text, code-point split policy and either reference size', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<8 | 16>(8, 16), (t, ref) => {
        expect(comparable(t, 'split', ref)).toEqual(referenceCount(t, 'split', ref));
      },
      ),
      RUNS,
    );
  });

  it('any text, graphemes kept, 16-bit reference', () => {
    fc.assert(fc.property(anyText, (t) => {
      expect(comparable(t, 'keep', 16)).toEqual(referenceCount(t, 'keep', 16));
    }), RUNS);
  });
});

describe('invariants', () => {
  it('segmentStarts are increasing offsets that never cut a surrogate pair', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<'keep' | 'split'>('keep', 'split'), (t, graphemes) => {
        const { segmentStarts, segments } = countSegments(t, { graphemes });
        expect(segmentStarts.length).toBe(segments);
        expect(segmentStarts[0]).toBe(0);
        for (let i = 1; i < segmentStarts.length; i++) {
          const at = segmentStarts[i];
          expect(at).toBeGreaterThan(segmentStarts[i - 1]);
          const before = t.charCodeAt(at - 1);
          const after = t.charCodeAt(at);
          expect(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff).toBe(false);
        }
      }),
      RUNS,
    );
  });

  it('keeping graphemes never yields fewer segments than splitting code points', () => {
    fc.assert(
      fc.property(mixedText, (t) => {
        expect(countSegments(t).segments).toBeGreaterThanOrEqual(countSegments(t, { graphemes: 'split' }).segments);
      },
      ),
      RUNS,
    );
  });

  it('shift tables never cost more segments than the default alphabet', () => {
    const withNational = fc
      .array(fc.constantFrom(...gsmPieces, 'ş', 'ğ', 'İ', 'ı', 'á', 'ó', 'ã', 'õ', 'ç', 'ê', '’'), { maxLength: 400, size: 'max' })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(withNational, (t) => {
        const plain = countSegments(t);
        const shifted = countSegments(t, { shiftTables: ['tr', 'es', 'pt'] });
        expect(shifted.segments).toBeLessThanOrEqual(plain.segments);
        if (plain.encoding === 'GSM-7' && shifted.segments === plain.segments) expect(shifted.shift).toBeNull();
      }),
      RUNS,
    );
  });
});
