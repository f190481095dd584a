import { countSegments } from '@smslint/core';
import { describe, expect, it } from 'vitest';

const a = (n: number) => 'a'.repeat(n);
const emoji = (n: number) => '😀'.repeat(n);

describe('GSM-7 boundaries (sms-facts.md §1)', () => {
  it('empty text is 1 segment of 0 units', () => {
    expect(countSegments('')).toEqual({
      encoding: 'GSM-7',
      units: 0,
      segments: 1,
      perSegment: 160,
      segmentStarts: [0],
      shift: null,
      ucs2Characters: [],
      extensionCharacters: [],
    });
  });

  it.each([
    [1, 1, 160, [0]],
    [160, 1, 160, [0]],
    [161, 2, 153, [0, 153]],
    [306, 2, 153, [0, 153]],
    [307, 3, 153, [0, 153, 306]],
    [459, 3, 153, [0, 153, 306]],
    [460, 4, 153, [0, 153, 306, 459]],
  ])('%i plain characters → %i segments', (length, segments, perSegment, starts) => {
    const result = countSegments(a(length));
    expect(result).toMatchObject({ encoding: 'GSM-7', units: length, segments, perSegment, segmentStarts: starts });
  });

  it('counts extension characters as 2 septets and lists them', () => {
    const result = countSegments('a{b}€');
    expect(result.units).toBe(8);
    expect(result.extensionCharacters.map((n) => [n.offset, n.char])).toEqual([
      [1, '{'],
      [3, '}'],
      [4, '€'],
    ]);
  });

  it('80 escape pairs fill exactly 160 septets: one segment', () => {
    expect(countSegments(']'.repeat(80))).toMatchObject({ units: 160, segments: 1 });
    expect(countSegments(']'.repeat(81))).toMatchObject({ units: 162, segments: 2, segmentStarts: [0, 76] });
  });

  it('`]` × 153 is 3 segments: an escape pair never straddles two parts', () => {
    const result = countSegments(']'.repeat(153));
    expect(result).toMatchObject({ units: 306, segments: 3, perSegment: 153, segmentStarts: [0, 76, 152] });
  });

  it('an escape pair at septet 153 moves to the next part', () => {
    const result = countSegments(a(152) + '€' + a(10));
    expect(result).toMatchObject({ units: 164, segments: 2, segmentStarts: [0, 152] });
    // 151 + 2 = 153 septets: the pair just fits, the next part starts after it.
    expect(countSegments(a(151) + '€' + a(10))).toMatchObject({ units: 163, segmentStarts: [0, 152] });
  });

  it('CRLF costs 2 septets and LF 1', () => {
    expect(countSegments('a\r\nb').units).toBe(4);
    expect(countSegments('a\nb').units).toBe(3);
    expect(countSegments('\r\n'.repeat(80)).segments).toBe(1);
    expect(countSegments('\r\n'.repeat(80) + 'a').segments).toBe(2);
  });

  it('CR and LF are separate septets: a GSM-7 part may end between them, whatever the grapheme policy', () => {
    // Issue 16: 152 × a, CRLF, 152 × a is 306 septets = 2 × 153 (Twilio's calculator and
    // Android's GsmAlphabet say 2); keeping CRLF whole made it 3.
    const text = a(152) + '\r\n' + a(152);
    for (const graphemes of ['keep', 'split'] as const) {
      expect(countSegments(text, { graphemes })).toMatchObject({ units: 306, segments: 2, segmentStarts: [0, 153] });
    }
    expect(countSegments(a(152) + '\r\n' + a(10)).segmentStarts).toEqual([0, 153]);
  });

  it('CRLF stays whole at a UCS-2 part boundary under the grapheme policy, split by code point on request', () => {
    const text = '’' + a(65) + '\r\n' + a(10);
    expect(countSegments(text).segmentStarts).toEqual([0, 66]);
    expect(countSegments(text, { graphemes: 'split' }).segmentStarts).toEqual([0, 67]);
  });

  it('uses 152 septets per part with a 16-bit concatenation reference', () => {
    expect(countSegments(a(160), { concatReference: 16 })).toMatchObject({ segments: 1, perSegment: 160 });
    expect(countSegments(a(161), { concatReference: 16 })).toMatchObject({
      segments: 2,
      perSegment: 152,
      segmentStarts: [0, 152],
    });
    expect(countSegments(a(304), { concatReference: 16 }).segments).toBe(2);
    expect(countSegments(a(305), { concatReference: 16 }).segments).toBe(3);
  });

  it('does not cap the number of parts at 255', () => {
    const result = countSegments(a(153 * 300));
    expect(result.segments).toBe(300);
    expect(result.segmentStarts[299]).toBe(153 * 299);
  });
});

describe('UCS-2 boundaries', () => {
  const u = (n: number) => '’' + a(n - 1);

  it.each([
    [70, 1, 70, [0]],
    [71, 2, 67, [0, 67]],
    [134, 2, 67, [0, 67]],
    [135, 3, 67, [0, 67, 134]],
    [201, 3, 67, [0, 67, 134]],
    [202, 4, 67, [0, 67, 134, 201]],
  ])('%i UTF-16 units → %i segments', (length, segments, perSegment, starts) => {
    expect(countSegments(u(length))).toMatchObject({ encoding: 'UCS-2', units: length, segments, perSegment, segmentStarts: starts });
  });

  it('35 emoji fit one message (70 units)', () => {
    expect(countSegments(emoji(35))).toMatchObject({ encoding: 'UCS-2', units: 70, segments: 1 });
  });

  it('67 emoji are 3 segments, not 2: a surrogate pair never straddles two parts', () => {
    expect(countSegments(emoji(67))).toMatchObject({ units: 134, segments: 3, segmentStarts: [0, 66, 132] });
    expect(countSegments(emoji(67), { graphemes: 'split' }).segments).toBe(3);
  });

  it('66-unit parts with a 16-bit reference', () => {
    expect(countSegments(u(71), { concatReference: 16 })).toMatchObject({ segments: 2, perSegment: 66, segmentStarts: [0, 66] });
    expect(countSegments(u(132), { concatReference: 16 }).segments).toBe(2);
    expect(countSegments(u(133), { concatReference: 16 }).segments).toBe(3);
  });

  it('CRLF costs 2 UCS-2 units', () => {
    expect(countSegments('’\r\n').units).toBe(3);
  });

  it('counts a lone surrogate as one unit without throwing', () => {
    const result = countSegments('a\ud800b');
    expect(result).toMatchObject({ encoding: 'UCS-2', units: 3, segments: 1 });
    expect(result.ucs2Characters).toEqual([
      { offset: 1, length: 1, char: '\ud800', codePoint: 0xd800, name: 'UNPAIRED SURROGATE', replacement: '' },
    ]);
  });
});

describe('grapheme policy', () => {
  // Text that leaves room for all but the last unit of the cluster in the first part.
  const prefixFor = (cluster: string) => '’' + a(67 - cluster.length);

  it.each([
    ['flag', '🇫🇷'],
    ['skin tone', '👍🏽'],
    ['ZWJ family', '👨‍👩‍👧'],
    ['base + combining mark', 'e\u0301'],
    ['keycap', '#\ufe0f\u20e3'],
  ])('keeps a %s whole by default and splits it by code point on request', (_, cluster) => {
    const prefix = prefixFor(cluster);
    const text = prefix + cluster + a(20);
    expect(countSegments(text).segmentStarts).toEqual([0, prefix.length]);
    const split = countSegments(text, { graphemes: 'split' }).segmentStarts;
    expect(split[1]).toBeGreaterThan(prefix.length);
    expect(split[1]).toBeLessThan(prefix.length + cluster.length);
  });

  it('keeps flags whole: 17 flags (68 units) in parts of 16 flags', () => {
    const flags = '🇫🇷'.repeat(17) + '🇩🇪'.repeat(17);
    const result = countSegments(flags);
    expect(result).toMatchObject({ units: 136, segments: 3, segmentStarts: [0, 64, 128] });
    expect(countSegments(flags, { graphemes: 'split' })).toMatchObject({ segments: 3, segmentStarts: [0, 66, 132] });
  });

  it('splits a cluster longer than a part between code points', () => {
    const huge = 'e' + '\u0301'.repeat(100);
    const result = countSegments(huge);
    expect(result).toMatchObject({ units: 101, segments: 2, segmentStarts: [0, 67] });
  });

  it('does not normalise: decomposed é is UCS-2, precomposed é is GSM-7', () => {
    expect(countSegments('Caf\u00e9').encoding).toBe('GSM-7');
    const decomposed = countSegments('Cafe\u0301');
    expect(decomposed).toMatchObject({ encoding: 'UCS-2', units: 5 });
    expect(decomposed.ucs2Characters).toEqual([
      { offset: 3, length: 2, char: 'e\u0301', codePoint: 0x301, name: 'LATIN SMALL LETTER E WITH ACUTE', replacement: '\u00e9' },
    ]);
  });
});

describe('bad input never throws', () => {
  it('counts the string form of a non-string and ignores malformed options', () => {
    const untyped = countSegments as (text: unknown, options?: unknown) => ReturnType<typeof countSegments>;
    expect(untyped(undefined)).toMatchObject({ units: 0, segments: 1 });
    expect(untyped(12345)).toMatchObject({ units: 5, segments: 1 });
    expect(untyped('hi', null)).toMatchObject({ units: 2 });
    expect(untyped('Şişli', { shiftTables: 'tr' })).toMatchObject({ encoding: 'UCS-2', shift: null });
  });

  it('handles a megabyte of mixed text', () => {
    const text = 'Hello 👍🏽 “world” [ok]\r\n'.repeat(40_000);
    const result = countSegments(text);
    expect(result.encoding).toBe('UCS-2');
    expect(result.units).toBe(text.length);
    expect(result.segmentStarts.length).toBe(result.segments);
  });
});
