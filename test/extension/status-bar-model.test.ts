import { describe, expect, it } from 'vitest';
import { statusBarView } from '../../extension/src/status-bar-model.js';
import { templateInfo, ucs2 } from './fixtures.js';

describe('statusBarView', () => {
  it('shows encoding, segments and units over capacity', () => {
    expect(statusBarView(templateInfo()).text).toBe('GSM-7 · 2 segments (187/306)');
  });

  it('uses the singular for one segment and the single-message capacity', () => {
    const view = statusBarView(
      templateInfo({ units: 42, segments: 1, perSegment: 160, min: 1, max: 1, sample: 1, segmentStarts: [0] }),
    );
    expect(view.text).toBe('GSM-7 · 1 segment (42/160)');
  });

  it('shows UCS-2 counts in UTF-16 units and names the characters that force it', () => {
    const text = 'We’re on it’s way'.padEnd(150, '.');
    const view = statusBarView(
      templateInfo({
        encoding: 'UCS-2',
        units: 150,
        segments: 3,
        perSegment: 67,
        min: 3,
        max: 3,
        sample: 3,
        segmentStarts: [0, 67, 134],
        previewText: text,
        ucs2Characters: [
          ucs2(2, '’', { name: 'RIGHT SINGLE QUOTATION MARK', replacement: "'" }),
          ucs2(11, '’', { name: 'RIGHT SINGLE QUOTATION MARK', replacement: "'" }),
        ],
      }),
    );
    expect(view.text).toBe('UCS-2 · 3 segments (150/201)');
    expect(view.tooltip).toContain('Encoding: UCS-2, forced by "’" U+2019 RIGHT SINGLE QUOTATION MARK\n');
    expect(view.tooltip).toContain('150 of 201 UTF-16 units (67 per segment)');
  });

  it('shows invisible characters by code point only', () => {
    const view = statusBarView(
      templateInfo({
        encoding: 'UCS-2',
        units: 10,
        segments: 1,
        perSegment: 70,
        ucs2Characters: [ucs2(3, '\u00a0', { name: 'NO-BREAK SPACE' })],
      }),
    );
    expect(view.tooltip).toContain('forced by U+00A0 NO-BREAK SPACE');
  });

  it('says how high placeholders can push the count', () => {
    const view = statusBarView(templateInfo({ min: 1, max: 3 }));
    expect(view.text).toBe('GSM-7 · 2 segments (187/306) · up to 3');
    expect(view.tooltip).toContain('With any variable values: 1–3 segments');
  });

  it('warns with the segment-budget finding when over budget', () => {
    const view = statusBarView(templateInfo({ max: 3 }), { exceeded: true, message: 'Up to 3 segments; the budget is 2.' });
    expect(view.severity).toBe('warning');
    expect(view.tooltip).toContain('\nUp to 3 segments; the budget is 2.\n');
    expect(statusBarView(templateInfo(), { exceeded: true }).tooltip).toContain('exceeds the segment budget');
  });

  it('stays normal within budget', () => {
    expect(statusBarView(templateInfo({ max: 9 }), { exceeded: false }).severity).toBe('normal');
    expect(statusBarView(templateInfo()).tooltip).not.toContain('budget');
  });

  it('names what drives the maximum and marks inexact ranges', () => {
    const view = statusBarView(
      templateInfo({
        min: 1,
        max: 3,
        exact: false,
        maxDrivers: [
          { kind: 'variable', name: 'name', detail: 'no maxLength declared' },
          { kind: 'character', name: '’', detail: 'U+2019 forces UCS-2' },
          { kind: 'branch', name: '#if vip', detail: 'the longer branch' },
          { kind: 'variable', name: 'city', detail: 'no charset declared' },
        ],
      }),
    );
    expect(view.tooltip).toContain('With any variable values: 1–3 segments (bounds)');
    expect(view.tooltip).toContain(
      'Maximum driven by {{name}}: no maxLength declared\nMaximum driven by "’": U+2019 forces UCS-2\nMaximum driven by #if vip: the longer branch\n',
    );
    expect(view.tooltip).not.toContain('city');
  });

  it('lists at most five distinct characters', () => {
    const chars = 'αβγδεζη'.split('');
    const view = statusBarView(
      templateInfo({
        encoding: 'UCS-2',
        perSegment: 70,
        segments: 1,
        units: 7,
        previewText: chars.join(''),
        ucs2Characters: chars.map((char, offset) => ucs2(offset, char)),
      }),
    );
    expect(view.tooltip).toMatch(/forced by "α" U\+03B1, "β" U\+03B2, "γ" U\+03B3, "δ" U\+03B4, "ε" U\+03B5 and 2 more/);
  });
});
