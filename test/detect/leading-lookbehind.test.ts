/**
 * LeadingLookbehind runs `(?<!…)rest` as `rest` plus a check of the lookbehind at each start
 * (a speed-up, detect/leading-lookbehind.ts). It must find exactly what the whole regex finds:
 * same matches, groups and `lastIndex` after every step, for global and one-shot scans, on
 * generated texts with the characters Unicode case folding and surrogate pairs make tricky.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LeadingLookbehind } from '../../packages/core/src/detect/leading-lookbehind.js';
import { ONE_TIME_WORDING } from '../../packages/core/src/template/placeholder-vocabulary.js';

/** Characters around the words: letters and digits the lookbehind rejects, and ones it lets through. */
const GLUE = ['', '', ' ', ' ', '\t', '\n', 'ſ', 'K', 'k', 'S', 'İ', 'ı', 'é', 'É', '_', '1', '٣', '-', "'", '’', '.', '😀', '𝐀', '\uD835', '\uFFFC', 'x', '{{code}}'];

function textsOf(words: readonly string[]) {
  const piece = fc
    .tuple(fc.constantFrom(...GLUE), fc.constantFrom(...words), fc.constantFrom('same', 'upper', 'title'))
    .map(([glue, word, shape]) => glue + (shape === 'upper' ? word.toUpperCase() : shape === 'title' ? word[0]!.toUpperCase() + word.slice(1) : word));
  return fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(''));
}

/** Every step of a global scan: the match (index and groups) and lastIndex after it. */
function steps(re: { exec(text: string): RegExpExecArray | null; lastIndex: number }, text: string, from: number) {
  const out: unknown[] = [];
  re.lastIndex = from;
  for (let n = 0; n < 50; n++) {
    const m = re.exec(text);
    out.push(m && { index: m.index, groups: [...m] }, re.lastIndex);
    if (m === null) break;
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const WORDS = [
  'verification', 'code', 'pin', 'otp', '2fa', 'one-time', 'one time', 'password', 'passcode', 'do not share', "don't share", 'don’t disclose',
  'never share', 'to verify', 'to sign in', 'to log in', 'to login', 'code de vérification', 'pour vous connecter', 'código de verificación',
  'para entrar', 'no lo compartas', 'bestätigungscode', 'einzuloggen', 'two-factor', 'access', 'token', 'reset', 'verify', 'login code', 'share',
];

describe('LeadingLookbehind finds what the whole regex finds', () => {
  it('ONE_TIME_WORDING (iu, one-shot): same answer as its whole regex', () => {
    const whole = ONE_TIME_WORDING.regex;
    let matched = 0;
    fc.assert(
      fc.property(textsOf(WORDS), (text) => {
        const expected = whole.exec(text);
        if (expected) matched++;
        const actual = ONE_TIME_WORDING.exec(text);
        expect(actual && [actual.index, ...actual]).toEqual(expected && [expected.index, ...expected]);
        expect(ONE_TIME_WORDING.test(text)).toBe(expected !== null);
      }),
      { numRuns: 4000 },
    );
    expect(matched).toBeGreaterThan(400);
  });

  const patterns: Array<[name: string, flags: string, lookbehind: string, rest: string, words: readonly string[]]> = [
    ['word start, with a group', 'giu', String.raw`(?<!\w)`, String.raw`(?:reply|text)[ \t]+(STOP|END)(?![\p{L}\p{N}])`, ['reply', 'text', 'stop', 'end', ' ', 'reply stop', 'Text END']],
    ['letters and digits, surrogate pairs', 'gu', String.raw`(?<![\p{L}\p{N}])`, String.raw`(?:𝐀|a)b?`, ['a', 'ab', '𝐀', '𝐀b', 'b']],
    ['positive lookbehind, empty matches', 'g', String.raw`(?<=\d)`, String.raw`x*`, ['x', 'xx', '1', '9x', 'a']],
    ['several characters', 'gi', String.raw`(?<!\d[ .-])`, String.raw`\d{3}`, ['123', '1 ', '4.', '56', 'abc']],
  ];
  for (const [name, flags, lookbehind, rest, words] of patterns) {
    it(`${name} (${flags}): same steps from any lastIndex`, () => {
      const fast = new LeadingLookbehind(lookbehind, rest, flags);
      const whole = new RegExp(lookbehind + rest, flags);
      let matched = 0;
      fc.assert(
        fc.property(textsOf(words), fc.nat(8), (text, from) => {
          const expected = steps(whole, text, from);
          if (expected[0] !== null) matched++;
          expect(steps(fast, text, from)).toEqual(expected);
        }),
        { numRuns: 2000 },
      );
      expect(matched).toBeGreaterThan(200);
    });
  }

  it('refuses what it cannot stand for', () => {
    expect(() => new LeadingLookbehind('\\b', 'x', 'g')).toThrow(/not a lookbehind/);
    expect(() => new LeadingLookbehind('(?<!a)', 'x', 'y')).toThrow(/sticky/);
  });
});
