import { describe, expect, it } from 'vitest';
import { parseTemplateFile, templateSegmentRange, type SegmentRangeOptions } from '@smslint/core';
import { templateSegmentBounds } from '../../packages/core/src/template/segment-range.js';
import { mulberry32 as prng } from '../../bench/lib/seeded-random.js';

/**
 * segment-budget reads templateSegmentBounds (costs only, minimum and drivers on demand)
 * instead of the full templateSegmentRange: both must always agree.
 */
const PIECES = [
  'Hi ', 'your order shipped. ', 'a'.repeat(60), '€', '{', ']', '\r\n', 'é', 'e\u0301', '😀', '👍🏽', '🇫🇷', 'ç', 'ş', '中',
  '{{name}}', '{{code}}', '{{order.id}}', '{{this.name}}', '{{> footer}}', '{{@index}}',
  '{{#if a}}short{{else}}a longer branch {{name}}{{/if}}', '{{#unless b}}€€€ {{/unless}}', '{{#each items}}{{this}} {{/each}}',
  '{{#with user}}{{name}}{{/with}}', '{{#if a}}{{#if b}}x{{else}}yy 😀{{/if}}{{/if}}', '{{#if x}}ab{{else}}abc{{/if}}', 'Broken {{#if}} {{',
];
const FRONT_MATTER = [
  '',
  '---\nvariables:\n  name: { maxLength: 40, charset: gsm }\n  code: { minLength: 4, maxLength: 6, charset: digits }\n---\n',
  '---\nvariables:\n  name: { maxLength: 3, charset: ucs2 }\n  order.id: { maxLength: 90, charset: ascii }\n---\n',
];
const OPTIONS: SegmentRangeOptions[] = [
  {},
  { variables: { name: { maxLength: 25, charset: 'unknown' } }, countOptions: { graphemes: 'split' } },
  { maxRenderings: 4 },
  { countOptions: { shiftTables: ['tr', 'es'] } },
  { defaultVariable: { maxLength: 5, charset: 'digits' }, countOptions: { concatReference: 16 } },
];

describe('templateSegmentBounds', () => {
  it('equals the matching fields of templateSegmentRange (generated bodies × options)', () => {
    const random = prng(11);
    for (let i = 0; i < 400; i++) {
      let body = '';
      const count = Math.floor(random() * 14);
      for (let j = 0; j < count; j++) body += PIECES[Math.floor(random() * PIECES.length)];
      const text = `${FRONT_MATTER[i % FRONT_MATTER.length]}## T\n${body}\n`;
      const template = parseTemplateFile(text, 't.sms.md').templates[0];
      for (const options of OPTIONS) {
        const range = templateSegmentRange(template, options);
        const bounds = templateSegmentBounds(template, options);
        const cost = ({ encoding, units, segments }: { encoding: string; units: number; segments: number }) => ({ encoding, units, segments });
        const label = JSON.stringify({ text, options });
        expect(bounds.max, label).toEqual(cost(range.max));
        expect(bounds.min(), label).toEqual(cost(range.min));
        expect(bounds.maxText, label).toBe(range.maxText);
        expect(bounds.exact, label).toBe(range.exact);
        expect(bounds.maxDrivers(), label).toEqual(range.maxDrivers);
      }
    }
  });
});
