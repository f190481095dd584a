/**
 * describeWord counts the letters of ASCII words without Unicode case mapping. It must describe
 * every word exactly as the plain Unicode version does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACRONYMS, KEYWORDS, describeWord } from '../../packages/core/src/detect/shouting.js';

/** The plain version: letters by \p{L}, case by toUpperCase/toLowerCase. */
function reference(match: string, start: number, brandWords: ReadonlySet<string>) {
  const w = match.replace(/['’&-]+$/, '');
  const letters = w.replace(/[^\p{L}]/gu, '');
  const caps = letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const number = letters.length === 0;
  const upper = w.toUpperCase();
  const counts = caps && (letters.length >= 2 || w === 'I' || w === 'A') && !KEYWORDS.has(upper) && !ACRONYMS.has(upper) && !brandWords.has(upper);
  return { start, end: start + w.length, caps, number, counts };
}

describe('describeWord', () => {
  it('describes words like the plain Unicode version', () => {
    const pieces = ['A', 'B', 'Z', 'a', 'z', 'I', 'STOP', 'ASAP', 'ACME', 'FREE', 'Free', '4', '2', "'", '’', '&', '-', 'É', 'é', 'ß', 'ẞ', 'ſ', 'K', 'İ', 'ı', 'ǅ', 'Σ', '中', '٣', 'AT&T', 'T-MOBILE', 'ARRÊT'];
    const brand = new Set(['ACME']);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 }), fc.nat(50), (parts, start) => {
        const word = parts.join('');
        if (!/^[\p{Lu}\p{Ll}\p{N}][\p{L}\p{N}'’&-]*$/u.test(word)) return;
        expect(describeWord(word, start, brand)).toEqual(reference(word, start, brand));
      }),
      { numRuns: 5000 },
    );
  });
});
