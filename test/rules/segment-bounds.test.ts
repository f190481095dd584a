import { describe, expect, it } from 'vitest';
import { parseTemplateFile, templateMaxCost, templateSegmentRange, type SegmentRangeOptions, type VariableSpec } from '@smslint/core';
import { templateMaxCostUnder, templateSegmentBounds } from '../../packages/core/src/template/segment-range.js';
import { mulberry32 as prng, randomPieces } from '../../bench/lib/seeded-random.js';

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
      const body = randomPieces(random, PIECES, 14);
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

  it('templateMaxCostUnder equals the maximum of the template with those variables declared (placeholder-encoding-risk)', () => {
    const random = prng(17);
    const charsets = ['gsm', 'digits', 'ascii', 'ucs2', 'unknown'] as const;
    const names = ['name', 'code', 'order.id', 'this.name', 'constructor', '> footer'];
    for (let i = 0; i < 300; i++) {
      const body = randomPieces(random, PIECES, 12);
      const template = parseTemplateFile(`${FRONT_MATTER[i % FRONT_MATTER.length]}## T\n${body}\n`, 't.sms.md').templates[0];
      for (const options of OPTIONS) {
        const maxCostWith = templateMaxCostUnder(template, options);
        for (let v = 0; v < 4; v++) {
          const variables: Record<string, VariableSpec> = {};
          for (const name of names) {
            if (random() < 0.5) variables[name] = { maxLength: Math.floor(random() * 60), charset: charsets[Math.floor(random() * charsets.length)] };
          }
          const declared = v === 0 ? template.metadata.variables : variables;
          const copy = { ...template, metadata: { ...template.metadata, variables: declared } };
          const { encoding, units, segments } = templateSegmentRange(copy, options).max;
          const label = JSON.stringify({ body, options, declared });
          expect(maxCostWith(declared), label).toEqual({ encoding, units, segments });
          expect(templateMaxCost(copy, options), label).toEqual({ encoding, units, segments });
        }
      }
    }
  });
});
