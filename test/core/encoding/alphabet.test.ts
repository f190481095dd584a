import { countSegments, gsmSeptets, isGsmCharacter } from '@smslint/core';
import gsmCharsetUtils from '@trt2/gsm-charset-utils';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALPHABET, DEFAULT_EXTENSION, ESCAPE_SEPTET, GSM_SEPTETS } from '../../../packages/core/src/encoding/gsm-alphabet.js';

describe('GSM-7 alphabet (TS 23.038 §6.2.1)', () => {
  it('the written 3GPP table has 128 septets and 125 printable characters + LF + CR', () => {
    expect(DEFAULT_ALPHABET.length).toBe(128);
    expect(DEFAULT_ALPHABET.charCodeAt(ESCAPE_SEPTET)).toBe(0x1b);
    expect(new Set(DEFAULT_ALPHABET).size).toBe(128);
    expect(DEFAULT_EXTENSION.size).toBe(10);
  });

  it('agrees with @trt2/gsm-charset-utils over the whole BMP', () => {
    const fromSpec = new Set([...DEFAULT_ALPHABET, ...DEFAULT_EXTENSION.values()]);
    fromSpec.delete('\u001b');
    const disagreements: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      if (gsmCharsetUtils.isGsmChar(ch) !== fromSpec.has(ch)) disagreements.push(ch);
      if (isGsmCharacter(ch) !== fromSpec.has(ch)) disagreements.push(ch);
    }
    expect(disagreements).toEqual([]);
  });

  it('the runtime septet table (from the library) equals the 3GPP tables, code unit by code unit', () => {
    const expected = new Uint8Array(0x10000);
    for (let code = 0; code < DEFAULT_ALPHABET.length; code++) if (code !== ESCAPE_SEPTET) expected[DEFAULT_ALPHABET.charCodeAt(code)] = 1;
    for (const ch of DEFAULT_EXTENSION.values()) expected[ch.charCodeAt(0)] = 2;
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) if (GSM_SEPTETS[code] !== expected[code]) wrong.push(code.toString(16));
    expect(wrong).toEqual([]);
  });

  it('has capital Ç (0x09) but not ç', () => {
    expect(gsmSeptets('Ç')).toBe(1);
    expect(gsmSeptets('ç')).toBe(0);
    expect(countSegments('ç').encoding).toBe('UCS-2');
  });

  it('has only the ten Greek capitals unlike Latin letters', () => {
    for (const ch of 'ΔΦΓΛΩΠΨΣΘΞ') expect(isGsmCharacter(ch)).toBe(true);
    for (const ch of 'ΑΒΕΗΙΚΜΝΟΡΤΥΧΖ') expect(isGsmCharacter(ch)).toBe(false);
    for (const ch of 'αβγδ') expect(isGsmCharacter(ch)).toBe(false);
  });

  it.each([
    ['TAB', '\t'],
    ['NBSP', '\u00a0'],
    ['backtick', '`'],
    ['degree', '°'],
    ['cent', '¢'],
    ['curly quote', '’'],
    ['en dash', '–'],
    ['ellipsis', '…'],
    ['zero-width space', '\u200b'],
    ['BOM', '\ufeff'],
    ['soft hyphen', '\u00ad'],
  ])('%s forces UCS-2', (_, ch) => {
    expect(isGsmCharacter(ch)).toBe(false);
    expect(countSegments(`Hi${ch}there`).encoding).toBe('UCS-2');
  });

  it('accented letters: the GSM ones and the others', () => {
    for (const ch of 'éèùìòàäöüñÄÖÑÜÅåÆæØøßÉ') expect(gsmSeptets(ch)).toBe(1);
    for (const ch of 'áíóúçëïâêôãõ') expect(gsmSeptets(ch)).toBe(0);
  });

  it('extension characters cost 2 septets', () => {
    for (const ch of '\f^{}\\[~]|€') expect(gsmSeptets(ch)).toBe(2);
    expect(gsmSeptets('\u001b')).toBe(0);
  });

  it('gsmSeptets takes exactly one character', () => {
    expect(gsmSeptets('')).toBe(0);
    expect(gsmSeptets('ab')).toBe(0);
    expect(gsmSeptets('😀')).toBe(0);
  });
});
