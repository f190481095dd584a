import fc from 'fast-check';
import { countSegments, describeFit, fitHint } from '@smslint/core';
import { describe, expect, it } from 'vitest';

const a = (n: number) => 'a'.repeat(n);
const emoji = (n: number) => '😀'.repeat(n);

/** Removes the last `k` grapheme clusters. */
function dropClusters(text: string, k: number): string {
  const clusters = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  return clusters.slice(0, clusters.length - k).join('');
}

describe('fit hints at every boundary of sms-facts.md §1', () => {
  it.each([
    // text, segments, characters to remove, units they cost, line
    ['160 GSM characters', a(160), 1, 0, 0, '0 septets left in 1 segment'],
    ['161 GSM characters', a(161), 2, 1, 1, '1 character over 1 segment: remove 1'],
    ['306 GSM characters (2 full parts)', a(306), 2, 146, 146, '146 characters over 1 segment: remove 146'],
    ['307 GSM characters', a(307), 3, 1, 1, '1 character over 2 segments: remove 1'],
    ['an escape pair pushing past 160', a(159) + '€', 2, 1, 2, '1 character (2 septets) over 1 segment: remove 1'],
    ['an escape pair padded to the next part', a(152) + '€' + a(10), 2, 4, 4, '4 characters over 1 segment: remove 4'],
    ['81 escape pairs', ']'.repeat(81), 2, 1, 2, '1 character (2 septets) over 1 segment: remove 1'],
    ['`]` × 153 (3 segments, the pairs cannot split)', ']'.repeat(153), 3, 1, 2, '1 character (2 septets) over 2 segments: remove 1'],
    ['35 emoji fill one UCS-2 message', emoji(35), 1, 0, 0, '0 UTF-16 units left in 1 segment'],
    ['67 emoji (3 segments: a surrogate pair never splits)', emoji(67), 3, 1, 2, '1 character (2 UTF-16 units) over 2 segments: remove 1'],
    ['an emoji making 69 GSM characters UCS-2', a(69) + '😀', 2, 1, 2, '1 character (2 UTF-16 units) over 1 segment: remove 1'],
    ['CRLF at the GSM-7 part boundary', a(152) + '\r\n' + a(152), 2, 146, 146, '146 characters over 1 segment: remove 146'],
    ['a flag at the UCS-2 part boundary', '’' + a(65) + '🇫🇷' + a(10), 2, 10, 10, '10 characters over 1 segment: remove 10'],
  ])('%s', (_, text, segments, characters, units, line) => {
    const hint = fitHint(text);
    expect(hint).toMatchObject({ segments, overCharacters: characters, overUnits: units });
    expect(describeFit(hint)).toBe(line);
    if (characters > 0) {
      expect(countSegments(dropClusters(text, characters)).segments).toBe(segments - 1);
      expect(countSegments(dropClusters(text, characters - 1)).segments).toBe(segments);
      expect(hint.cutFrom).toBe(dropClusters(text, characters).length);
    }
  });

  it('counts room in the last part in the encoding\u2019s units', () => {
    expect(fitHint(a(150))).toMatchObject({ roomUnits: 10 });
    expect(fitHint(a(150) + '€')).toMatchObject({ roomUnits: 8 });
    expect(fitHint(a(200))).toMatchObject({ segments: 2, roomUnits: 153 - 47 });
    expect(fitHint('’' + a(10))).toMatchObject({ encoding: 'UCS-2', roomUnits: 59 });
  });

  it('uses 152 / 66 per part with a 16-bit concatenation reference', () => {
    expect(fitHint(a(305), { concatReference: 16 })).toMatchObject({ segments: 3, overCharacters: 1 });
    expect(fitHint(a(304), { concatReference: 16 })).toMatchObject({ segments: 2, overCharacters: 144 });
  });

  it('offers replacing the characters that force UCS-2 when that saves a segment', () => {
    const hint = fitHint('It\u2019s ready: ' + a(70));
    expect(describeFit(hint)).toBe('12 characters over 1 segment: remove 12 (or replace \u2019 to fit 1 segment)');
    // An emoji has no replacement: no replacement offer.
    expect(fitHint('It\u2019s ready 😀 ' + a(70)).replace).toBeUndefined();
  });

  it('is the smallest cut from the end for any text (generated)', () => {
    const pieces = ['a', 'Hello ', '€', ']', '\r\n', '\n', 'é', '😀', '’', '🇫🇷', 'e\u0301', '👍🏽'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 260 }), (parts) => {
        const text = parts.join('');
        const hint = fitHint(text);
        const { segments } = countSegments(text);
        expect(hint.segments).toBe(segments);
        if (segments === 1) {
          expect(hint.overCharacters).toBe(0);
        } else {
          expect(countSegments(dropClusters(text, hint.overCharacters)).segments).toBeLessThan(segments);
          expect(countSegments(dropClusters(text, hint.overCharacters - 1)).segments).toBe(segments);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('fit hints toward a budget', () => {
  it('counts what to remove to get down to the budget, not just one segment fewer', () => {
    const hint = fitHint(a(500), undefined, 2);
    expect(hint).toMatchObject({ segments: 4, target: 2, overCharacters: 500 - 306 });
    expect(describeFit(hint)).toBe('194 characters over 2 segments: remove 194');
    expect(countSegments(a(306)).segments).toBe(2);
  });

  it('never aims above one segment fewer, nor below one segment', () => {
    expect(fitHint(a(500), undefined, 9)).toMatchObject({ target: 3 });
    expect(fitHint(a(500), undefined, 0)).toMatchObject({ target: 1, overCharacters: 340 });
  });
});

describe('fit hints under a provider profile', () => {
  it('counts what the provider sends, cuts at offsets of the text as written', async () => {
    const { twilioSmartEncode } = await import('@smslint/core');
    const text = `\u201cHi\u201d \u2026 ${a(153)}`;
    expect(countSegments(text).segments).toBe(3);
    const hint = fitHint(text, undefined, undefined, twilioSmartEncode);
    // Sent: "Hi" ... + 153 a = 162 septets → 2 segments; 2 characters over 1 segment.
    expect(hint).toMatchObject({ encoding: 'GSM-7', units: 162, segments: 2, overCharacters: 2, overUnits: 2, cutFrom: text.length - 2 });
  });
});

describe('fit hints: the rest of sms-facts.md §1', () => {
  it('an empty body is 1 segment with all 160 septets left', () => {
    expect(describeFit(fitHint(''))).toBe('160 septets left in 1 segment');
  });

  it('national shift tables: 155 / 149 septets with one table, and the header goes with the last shifted character', () => {
    // ş needs the Turkish table (chosen as a locking shift here: 1 septet, 3 header octets).
    const full = fitHint(`${a(154)}\u015f`, { shiftTables: ['tr'] });
    expect(full).toMatchObject({ encoding: 'GSM-7', units: 155, segments: 1, roomUnits: 0 });
    const over = fitHint(`${a(155)}\u015f`, { shiftTables: ['tr'] });
    expect(countSegments(`${a(155)}\u015f`, { shiftTables: ['tr'] })).toMatchObject({ segments: 2, perSegment: 149 });
    expect(describeFit(over)).toBe('1 character over 1 segment: remove 1');
    // Removing the ş drops the shift header too: 157 plain characters fit the default 160.
    expect(fitHint(`${a(157)}\u015f`, { shiftTables: ['tr'] })).toMatchObject({ segments: 2, overCharacters: 1 });
  });

  it('an escape pair that straddles the part boundary wastes a septet, and the cut counts it', () => {
    // 152 a + € + 152 a + € = 308 septets; the first € moves whole to part 2 (153 + 153 + 2).
    const text = `${a(152)}\u20ac${a(152)}\u20ac`;
    expect(countSegments(text).segments).toBe(3);
    expect(fitHint(text)).toMatchObject({ segments: 3, overCharacters: 2, overUnits: 3 });
  });
});

describe('fit hints on huge texts', () => {
  it('stay fast and bounded in memory (a 160,000-character worst case, clusters far from the end)', () => {
    const text = `${'👍🏽'.repeat(10)}${a(160_000)}`;
    const started = Date.now();
    const hint = fitHint(text, undefined, 2);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(hint).toMatchObject({ encoding: 'UCS-2', segments: Math.ceil((40 + 160_000) / 67), target: 2 });
    expect(countSegments(text.slice(0, hint.cutFrom)).segments).toBeLessThanOrEqual(2);
    expect(hint.overCharacters).toBe(10 + 160_000 - Array.from(new Intl.Segmenter().segment(text.slice(0, hint.cutFrom))).length);
  });

  it('never cuts between CR and LF when counting characters', () => {
    const text = `\u2019${a(65)}\r\n${a(10)}`;
    const hint = fitHint(text);
    expect(text.slice(hint.cutFrom).startsWith('\n')).toBe(false);
  });
});
