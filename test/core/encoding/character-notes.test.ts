import { countSegments, gsmReplacement } from '@smslint/core';
import { describe, expect, it } from 'vitest';

describe('ucs2Characters', () => {
  it('locates each character with name and replacement', () => {
    const text = 'It’s “on”\u00a0now…';
    const notes = countSegments(text).ucs2Characters;
    expect(notes.map((n) => [n.offset, n.char, n.replacement])).toEqual([
      [2, '’', "'"],
      [5, '“', '"'],
      [8, '”', '"'],
      [9, '\u00a0', ' '],
      [13, '…', '...'],
    ]);
    expect(notes[0]).toMatchObject({ length: 1, codePoint: 0x2019, name: 'RIGHT SINGLE QUOTATION MARK' });
    for (const n of notes) expect(text.slice(n.offset, n.offset + n.length)).toBe(n.char);
  });

  it('reports astral characters with length 2 and no invented replacement', () => {
    const [note] = countSegments('ok 😀').ucs2Characters;
    expect(note).toEqual({ offset: 3, length: 2, char: '😀', codePoint: 0x1f600 });
  });

  it('suggests deleting invisible characters', () => {
    const notes = countSegments('a\u200bb\ufeffc\u00add\u2060').ucs2Characters;
    expect(notes.map((n) => n.replacement)).toEqual(['', '', '', '']);
  });

  it('groups a base and its combining marks into one note', () => {
    const notes = countSegments('a\u0301 e\u0301\u0301').ucs2Characters;
    expect(notes.map((n) => [n.offset, n.length, n.char])).toEqual([
      [0, 2, 'a\u0301'],
      [3, 3, 'e\u0301\u0301'],
    ]);
    expect(notes[0].replacement).toBe('a');
  });

  it('is empty for GSM-7 text', () => {
    expect(countSegments('Hello [world] €5').ucs2Characters).toEqual([]);
  });

  it('still lists extension characters in UCS-2 text (they cost 2 septets once GSM-7)', () => {
    const result = countSegments('’{');
    expect(result.encoding).toBe('UCS-2');
    expect(result.extensionCharacters).toEqual([{ offset: 1, length: 1, char: '{', codePoint: 0x7b }]);
  });
});

describe('gsmReplacement', () => {
  it.each([
    ['‘', "'"],
    ['’', "'"],
    ['“', '"'],
    ['”', '"'],
    ['–', '-'],
    ['—', '-'],
    ['…', '...'],
    ['\u00a0', ' '],
    ['\t', ' '],
    ['\u200b', ''],
    ['\u200d', ''],
    ['\ufeff', ''],
    ['\u00ad', ''],
    ['e\u0301', 'é'],
    ['á', 'a'],
    ['ç', 'c'],
    ['Ê', 'E'],
    ['Α', 'A'],
  ])('%j → %j', (ch, replacement) => {
    expect(gsmReplacement(ch)).toBe(replacement);
  });

  it('has none for GSM characters or characters without a faithful one', () => {
    expect(gsmReplacement('a')).toBeUndefined();
    expect(gsmReplacement('Ç')).toBeUndefined();
    expect(gsmReplacement('😀')).toBeUndefined();
    expect(gsmReplacement('°')).toBeUndefined();
    expect(gsmReplacement('中')).toBeUndefined();
  });

  it('every suggested replacement is itself GSM-7', () => {
    const text = '‘’“”–—…\u00a0\t©®™×÷•\u2212\u202fáíóúçëïâêôãõÁÍÓÚΑΒΕΗΙΚΜΝΟΡΤΥΧΖ';
    const notes = countSegments(text).ucs2Characters;
    const replaced = notes.map((n) => n.replacement ?? '').join('');
    expect(countSegments(replaced).encoding).toBe('GSM-7');
    expect(notes.every((n) => n.replacement !== undefined)).toBe(true);
  });
});
