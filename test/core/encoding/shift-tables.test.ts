import { SHIFT_TABLE_IDS, countSegments, segmentCapacity } from '@smslint/core';
import { describe, expect, it } from 'vitest';
import { NATIONAL_TABLES } from '../../../packages/core/src/encoding/shift-tables.js';

const tr = { shiftTables: ['tr'] };

describe('capacities: 160 − ceil(8·UDH/7) septets, floor((140 − UDH)/2) UCS-2 units', () => {
  it.each([
    ['GSM-7', 0, 8, 160, 153],
    ['GSM-7', 1, 8, 155, 149],
    ['GSM-7', 2, 8, 152, 146],
    ['GSM-7', 0, 16, 160, 152],
    ['GSM-7', 1, 16, 155, 148],
    ['GSM-7', 2, 16, 152, 145],
    ['UCS-2', 0, 8, 70, 67],
    ['UCS-2', 0, 16, 70, 66],
  ] as const)('%s with %i shift table(s), %i-bit reference: %i / %i', (encoding, tables, ref, single, perPart) => {
    expect(segmentCapacity(encoding, tables, ref)).toEqual({ single, perPart });
  });
});

describe('national language shift tables (TS 23.038 Annex A)', () => {
  it('supports Turkish, Spanish and Portuguese', () => {
    expect(SHIFT_TABLE_IDS).toEqual(['tr', 'es', 'pt']);
    expect(NATIONAL_TABLES.es.locking).toBeUndefined();
    for (const id of ['tr', 'pt'] as const) {
      const locking = NATIONAL_TABLES[id].locking as string;
      expect(locking.length).toBe(128);
      expect(locking.charCodeAt(0x1b)).toBe(0x1b);
      expect(new Set(locking).size).toBe(128);
    }
  });

  it('is never used without options.shiftTables', () => {
    expect(countSegments('Şişli')).toMatchObject({ encoding: 'UCS-2', shift: null });
  });

  it('ignores unknown table ids', () => {
    expect(countSegments('Şişli', { shiftTables: ['xx'] })).toMatchObject({ encoding: 'UCS-2', shift: null });
  });

  it('prefers the default alphabet on a tie', () => {
    expect(countSegments('Hello', { shiftTables: ['tr', 'es', 'pt'] })).toMatchObject({
      encoding: 'GSM-7',
      shift: null,
      perSegment: 160,
    });
  });

  it('Turkish single shift: 155 septets in one message', () => {
    const text = 'ğ' + 'a'.repeat(153);
    // Locking shift has ğ too at 1 septet: 154 septets, fewer than single shift's 155.
    expect(countSegments(text, tr)).toMatchObject({ encoding: 'GSM-7', units: 154, segments: 1, perSegment: 155, shift: { locking: 'tr' } });
  });

  it('picks single shift when the locking table lacks a character the text needs', () => {
    // Æ is in the default alphabet but not in the Turkish locking table.
    const result = countSegments('Æ ş', tr);
    expect(result).toMatchObject({ encoding: 'GSM-7', units: 4, shift: { single: 'tr' }, perSegment: 155 });
    expect(result.extensionCharacters.map((n) => n.char)).toEqual(['ş']);
  });

  it('uses both tables (152 / 146) when only the combination encodes the text', () => {
    // ∞ exists only in the Portuguese locking table; ş then needs the Turkish single shift.
    const result = countSegments('∞ ş', { shiftTables: ['tr', 'pt'] });
    expect(result).toMatchObject({ encoding: 'GSM-7', shift: { locking: 'pt', single: 'tr' }, perSegment: 152, units: 4 });
  });

  it('Spanish single shift: á costs 2 septets, 155 / 149 capacity', () => {
    const one = countSegments('á' + 'a'.repeat(153), { shiftTables: ['es'] });
    expect(one).toMatchObject({ encoding: 'GSM-7', units: 155, segments: 1, perSegment: 155, shift: { single: 'es' } });
    const two = countSegments('á' + 'a'.repeat(154), { shiftTables: ['es'] });
    expect(two).toMatchObject({ units: 156, segments: 2, perSegment: 149, segmentStarts: [0, 148] });
  });

  it('falls back to UCS-2 when no allowed table covers the text, naming only uncovered characters', () => {
    const result = countSegments('ş 😀', tr);
    expect(result).toMatchObject({ encoding: 'UCS-2', shift: null, perSegment: 70 });
    expect(result.ucs2Characters.map((n) => n.char)).toEqual(['😀']);
  });

  it('a shift table can beat the default alphabet on extension-heavy text', () => {
    // ^ is 2 septets in the default alphabet but 1 in the Portuguese locking table.
    const text = '^'.repeat(150);
    expect(countSegments(text).segments).toBe(2);
    expect(countSegments(text, { shiftTables: ['pt'] })).toMatchObject({ segments: 1, units: 150, shift: { locking: 'pt' } });
  });

  it('takes the default alphabet when a table would save septets but not a segment', () => {
    expect(countSegments('^'.repeat(10), { shiftTables: ['pt'] })).toMatchObject({ shift: null, units: 20 });
  });

  it('16-bit reference with one table: 148 per part', () => {
    const result = countSegments('ş' + 'a'.repeat(160), { shiftTables: ['tr'], concatReference: 16 });
    expect(result).toMatchObject({ units: 161, segments: 2, perSegment: 148, segmentStarts: [0, 148] });
  });

  it('16-bit reference with both tables: 145 per part', () => {
    const result = countSegments('∞ ş' + 'a'.repeat(160), { shiftTables: ['tr', 'pt'], concatReference: 16 });
    expect(result).toMatchObject({ shift: { locking: 'pt', single: 'tr' }, perSegment: 145, units: 164, segments: 2, segmentStarts: [0, 144] });
  });

  it('both tables with an 8-bit reference: 146 per part', () => {
    const result = countSegments('∞ ş' + 'a'.repeat(160), { shiftTables: ['tr', 'pt'] });
    expect(result).toMatchObject({ perSegment: 146, segments: 2, segmentStarts: [0, 145] });
  });
});
