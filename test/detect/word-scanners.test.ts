/**
 * The hand-written word scanners (no match array per word) must find exactly the matches of
 * the global `u` regexes they stand for, on any text: surrogate pairs, lone surrogates, masks
 * (U+FFFC), apostrophes and the "w/o", "w/", "b/c" tokens included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CharClass, scanWords } from '../../packages/core/src/detect/char-class.js';
import { WORD_CHAR } from '../../packages/core/src/detect/language.js';
import { WORD_FIRST, WORD_REST } from '../../packages/core/src/detect/shouting.js';
import { TOKEN, tokenize } from '../../packages/core/src/detect/text-speak.js';

const RUNS = { numRuns: 3000 };

const PIECES = [
  'a', 'Z', 'é', 'É', 'ß', 'ſ', 'K', 'İ', 'ı', '中', 'ǅ', 'ʰ', '٣', '½', '7', ' ', '  ', '\t', '\n', "'", '’', '-', '&', '/', '.', ',', '_',
  'w/o', 'w/', 'w//', 'b/c', 'W/O', 'b/', 'wo', "don't", 'l’heure', "rock'n'roll", "'s", '😀', '👍🏽', '𝐀', '𐐀', '𐐨', '\ud83d', '\ude00',
  '\uFFFC', '\uFFFC\uFFFC\uFFFC', '\u00a0', 'Thx', 'PLS', 'GR8', 'u', 'R', 'B4',
];
const texts = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);

const ranges = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);

function scanned(text: string, first: CharClass, rest: CharClass) {
  const out: number[][] = [];
  scanWords(text, first, rest, (start, end) => {
    out.push([start, end]);
  });
  return out;
}

describe('CharClass', () => {
  it('answers like its regex for every BMP code unit and a sample of astral code points, asked in any order', () => {
    for (const source of [WORD_FIRST.source, WORD_REST.source, WORD_CHAR.source]) {
      const cls = new CharClass(source);
      const re = new RegExp(`^${source}`, 'u');
      for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 97) {
        // Each code point twice (the second answer may be remembered), then after an ASCII one.
        const text = `${String.fromCodePoint(cp)}${String.fromCodePoint(cp)}a${String.fromCodePoint(cp)}`;
        const width = cp > 0xffff ? 2 : 1;
        const expected = re.test(text);
        expect([cls.has(text, 0), cls.has(text, width), cls.has(text, 2 * width + 1)], `U+${cp.toString(16)}`).toEqual([expected, expected, expected]);
      }
    }
  });
});

describe('word scanners find what their regexes find', () => {
  it('scanWords for the shouting words', () => {
    const re = new RegExp(`${WORD_FIRST.source}${WORD_REST.source}*`, 'gu');
    fc.assert(
      fc.property(texts, (text) => {
        expect(scanned(text, WORD_FIRST, WORD_REST)).toEqual(ranges(re, text));
      }),
      RUNS,
    );
  });

  it('scanWords for the language-guess words', () => {
    const re = new RegExp(`${WORD_CHAR.source}+`, 'gu');
    fc.assert(
      fc.property(texts, (text) => {
        expect(scanned(text, WORD_CHAR, WORD_CHAR)).toEqual(ranges(re, text));
      }),
      RUNS,
    );
  });

  it('scanWords stops when the callback returns false', () => {
    const seen: number[] = [];
    scanWords('one two three four', WORD_CHAR, WORD_CHAR, (start) => {
      seen.push(start);
      return seen.length < 2;
    });
    expect(seen).toEqual([0, 4]);
  });

  it('tokenize for the text-speak tokens', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const expected = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
        expect(tokenize(text)).toEqual(expected);
      }),
      RUNS,
    );
  });
});
