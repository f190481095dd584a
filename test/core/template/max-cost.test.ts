import { describe, expect, it } from 'vitest';
import { parseTemplateFile, templateMaxCost, templateSegmentRange, type SegmentRangeOptions, type Template } from '@smslint/core';

const template = (body: string, frontMatter = ''): Template =>
  parseTemplateFile(`${frontMatter ? `---\n${frontMatter}\n---\n` : ''}## T\n${body}\n`, 'c.sms.md').templates[0];

/** Bodies covering every path of the range computation: plain, variables, branches, bounds. */
const BODIES = [
  '',
  'Your order shipped. Reply STOP to opt out.',
  `Hi {{firstName}}, ${'x'.repeat(120)}`,
  'Hi {{firstName}}, café {{orderId}} — reply STOP.',
  '{{#if a}}short{{else}}a much longer branch that costs more than the other one {{name}}{{/if}} end',
  '{{#each items}}{{this.name}} {{/each}}{{#unless b}}€€€{{/unless}}{{> footer}}',
  `${'{{#if x}}ab{{else}}abc{{/if}}'.repeat(10)} tail {{v}}`,
  'Broken {{#if}} body {{',
  `${'€'.repeat(80)} {{code}}`,
];

const OPTIONS: SegmentRangeOptions[] = [
  {},
  { variables: { firstName: { maxLength: 40, charset: 'gsm' }, name: { charset: 'ucs2' } } },
  { maxRenderings: 4 },
  { countOptions: { shiftTables: ['tr'] } },
  { countOptions: { shiftTables: ['es', 'pt'] } },
  { defaultVariable: { maxLength: 5, charset: 'digits' } },
];

describe('templateMaxCost', () => {
  it('equals the encoding, units and segments of templateSegmentRange(...).max for every body and option set', () => {
    const frontMatter = 'variables:\n  orderId: { maxLength: 12, charset: digits }\n  code: { charset: ascii }';
    for (const body of BODIES) {
      for (const options of OPTIONS) {
        for (const t of [template(body), template(body, frontMatter)]) {
          const { encoding, units, segments } = templateSegmentRange(t, options).max;
          expect(templateMaxCost(t, options), `${JSON.stringify(body)} with ${JSON.stringify(options)}`).toEqual({ encoding, units, segments });
        }
      }
    }
  });
});
