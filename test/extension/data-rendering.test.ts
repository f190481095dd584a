import { describe, expect, it } from 'vitest';
import { countOptionsOf, renderWithData } from '../../extension/src/data-rendering.js';
import { templateInfo } from './fixtures.js';

const catalog = `---
variables:
  firstName: { maxLength: 20, charset: gsm, sample: Dana }
  city: { sample: Paris }
---

# Replies

## Greeting

Hi {{firstName}}, welcome to {{city}}.

## Second

Bye {{firstName}}.
`;
const greetingOffset = catalog.indexOf('Hi {{firstName}}');
const sampleInfo = templateInfo({ templateId: 'greeting', min: 1, max: 2, exact: false });

describe('renderWithData', () => {
  it("renders a single file's template wherever the cursor is, front matter included (as the server answers)", () => {
    const single = '---\nvariables:\n  firstName: { sample: Dana }\n---\nHi {{firstName}}, your order is late.\n';
    const result = renderWithData(sampleInfo, { text: single, filePath: 'late.sms', offset: 0, data: { firstName: 'Zo\u00eb' } });
    expect(result?.info.previewText).toBe('Hi Zo\u00eb, your order is late.');
    expect(result?.info.ucs2Characters.map((c) => c.char)).toEqual(['\u00eb']);
  });

  it('renders with the data, samples filling the gaps, and counts that rendering', () => {
    const result = renderWithData(sampleInfo, { text: catalog, filePath: 'replies.sms.md', offset: greetingOffset, data: { firstName: 'Sam' } });
    expect(result?.problems).toEqual([]);
    expect(result?.info).toMatchObject({
      templateId: 'greeting',
      previewText: 'Hi Sam, welcome to Paris.',
      encoding: 'GSM-7',
      units: 25,
      segments: 1,
      sample: 1,
      perSegment: 160,
      segmentStarts: [0],
      ucs2Characters: [],
      // The range over all values is the server's.
      min: 1,
      max: 2,
      exact: false,
    });
  });

  it('finds the UCS-2 characters a value brings in (ë is not GSM-7, sms-facts §1)', () => {
    const result = renderWithData(sampleInfo, { text: catalog, filePath: 'replies.sms.md', offset: greetingOffset, data: { firstName: 'Zoë' } });
    expect(result?.info.encoding).toBe('UCS-2');
    expect(result?.info.perSegment).toBe(70);
    expect(result?.info.ucs2Characters).toEqual([
      expect.objectContaining({ char: 'ë', codePoint: 0xeb, previewOffset: 5, range: null }),
    ]);
  });

  it('picks the template under the cursor', () => {
    const offset = catalog.indexOf('Bye');
    const result = renderWithData(sampleInfo, { text: catalog, filePath: 'replies.sms.md', offset, data: {} });
    expect(result?.info.templateId).toBe('second');
    expect(result?.info.previewText).toBe('Bye Dana.');
  });

  it('returns null outside any template', () => {
    expect(renderWithData(sampleInfo, { text: catalog, filePath: 'replies.sms.md', offset: 2, data: {} })).toBeNull();
  });

  it('never runs code from the data: prototype access renders nothing', () => {
    const text = 'Hi {{constructor.constructor}}{{__proto__}} there';
    const result = renderWithData(sampleInfo, { text, filePath: 'hello.sms', offset: 0, data: { name: 'x' } });
    expect(result?.info.previewText).toBe('Hi  there');
  });

  it('reports a template that does not render instead of throwing', () => {
    const text = 'Hi {{#if}}';
    const result = renderWithData(sampleInfo, { text, filePath: 'broken.sms', offset: 0, data: {} });
    expect(result?.problems.length).toBeGreaterThan(0);
    expect(result?.info.segments).toBe(1);
  });
});

describe('countOptionsOf', () => {
  it('passes shift tables and the grapheme policy from the config, nothing else', () => {
    expect(countOptionsOf({})).toEqual({});
    expect(countOptionsOf({ shiftTables: ['es'], graphemes: 'split' })).toEqual({ shiftTables: ['es'], graphemes: 'split' });
  });
});
