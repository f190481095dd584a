/**
 * detectShaftContent tries its large `iu` PATTERN only at words whose first characters fold to
 * the head of a term. That must find exactly what the plain global search finds: checked on
 * generated texts, and the fold itself against V8's `iu` matching for every BMP character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTRIES, HEAD_LENGTH, PATTERN, foldToAscii, termMatches } from '../../packages/core/src/detect/shaft-content.js';

describe('shaft term heads', () => {
  it('every term is long enough and has no blank in its head', () => {
    for (const { term } of ENTRIES) {
      expect(term.length, term).toBeGreaterThanOrEqual(HEAD_LENGTH);
      expect(/[ \t]/.test(term.slice(0, HEAD_LENGTH)), term).toBe(false);
      expect(/^[a-z0-9 -]+$/.test(term), term).toBe(true);
    }
  });

  it('foldToAscii folds exactly the characters the iu flags match with term characters', () => {
    const termChars = [...new Set(ENTRIES.flatMap((e) => [...e.term]))].filter((c) => c !== ' ');
    const any = new RegExp(`^[${termChars.join('').replace('-', '\\-')}]$`, 'iu');
    const each = new Map(termChars.map((c) => [c, new RegExp(`^${c}$`, 'iu')]));
    for (let code = 0; code <= 0xffff; code++) {
      const ch = String.fromCharCode(code);
      const folded = foldToAscii(code);
      const expected = any.test(ch) ? termChars.find((t) => each.get(t)!.test(ch)) : undefined;
      const actual = folded >= 0 && termChars.includes(String.fromCharCode(folded)) ? String.fromCharCode(folded) : undefined;
      expect(actual, `U+${code.toString(16)}`).toBe(expected);
    }
    // No astral character folds onto a term character (headKey reads UTF-16 units).
    for (let cp = 0x10000; cp <= 0x10ffff; cp++) if (any.test(String.fromCodePoint(cp))) throw new Error(`U+${cp.toString(16)}`);
  });

  it('finds what the global PATTERN finds', () => {
    const terms = ENTRIES.map((e) => e.term);
    const others = [
      ' ', ' ', '  ', '\t', '-', '_', '.', ',', "'", '’', 'a', 'x', '1', 'é', 'ſ', 'K', 'İ', 'ı', '😀', '\uFFFC', 'glue', 'killer', 'hot', 'Sussex', 'essex',
      'the', 'with', 'sexy', 'gunshot', 'guns-', '-rated', 'bar',
    ];
    const word = fc.oneof(
      fc.constantFrom(...terms).chain((t) =>
        fc.constantFrom(t, t.toUpperCase(), t.replace(/s/g, 'ſ'), t.replace(/k/g, '\u212a'), t.replace(/ /g, '\t'), t.replace(/ /g, '  '), t[0]!.toUpperCase() + t.slice(1)),
      ),
      fc.constantFrom(...others),
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(word, { maxLength: 16 }).map((w) => w.join('')), (text) => {
        const expected = [...text.matchAll(PATTERN)].map((m) => [m.index, m[0]]);
        if (expected.length > 0) matched++;
        expect(termMatches(text).map((m) => [m.index, m[0]])).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
    expect(matched).toBeGreaterThan(500);
  });
});
