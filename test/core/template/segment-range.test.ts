import { describe, expect, it } from 'vitest';
import { countSegments, parseTemplateFile, templateSegmentRange, type Template } from '@smslint/core';

const template = (body: string, frontMatter = ''): Template =>
  parseTemplateFile(`${frontMatter ? `---\n${frontMatter}\n---\n` : ''}## T\n${body}\n`, 'c.sms.md').templates[0];

describe('templateSegmentRange', () => {
  it('a template without placeholders has one exact count', () => {
    const range = templateSegmentRange(template('Your order shipped. Reply STOP to opt out.'));
    expect(range.exact).toBe(true);
    expect(range.min).toEqual(countSegments('Your order shipped. Reply STOP to opt out.'));
    expect(range.max).toEqual(range.min);
    expect(range.sample).toEqual(range.min);
    expect(range.maxDrivers).toEqual([]);
  });

  it('an undeclared variable may force UCS-2 and is named as the driver', () => {
    const body = `Hi {{firstName}}, ${'x'.repeat(120)}`;
    const range = templateSegmentRange(template(body));
    expect(range.min).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(range.max.encoding).toBe('UCS-2');
    // 20 astral characters = 40 UTF-16 units on top of the literal text.
    expect(range.max.units).toBe(body.length - '{{firstName}}'.length + 40);
    expect(range.maxText).toBe(`Hi ${'😀'.repeat(20)}, ${'x'.repeat(120)}`);
    expect(range.maxDrivers).toEqual([
      { kind: 'variable', name: 'firstName', detail: expect.stringContaining('charset unknown: may force UCS-2') },
    ]);
    expect(range.maxDrivers[0].detail).toContain('undeclared');
  });

  it('declared variables bound the range and give the sample', () => {
    const fm = 'variables:\n  firstName: {maxLength: 10, charset: gsm, sample: Ana}\n  code: {minLength: 6, maxLength: 6, charset: digits}';
    const range = templateSegmentRange(template('Hi {{firstName}}, your code is {{code}}.', fm));
    expect(range.minText).toBe('Hi , your code is 000000.');
    expect(range.maxText).toBe(`Hi ${'€'.repeat(10)}, your code is 999999.`);
    expect(range.sampleText).toBe('Hi Ana, your code is 123456.');
    expect(range.max).toMatchObject({ encoding: 'GSM-7', units: 'Hi , your code is 999999.'.length + 20, segments: 1 });
    expect(range.maxDrivers).toEqual([]);
  });

  it('config variables and the default variable option apply to undeclared variables', () => {
    const t = template('Code {{code}} for {{who}}');
    const range = templateSegmentRange(t, {
      variables: { code: { maxLength: 4, charset: 'digits' } },
      defaultVariable: { maxLength: 3, charset: 'gsm' },
    });
    expect(range.maxText).toBe('Code 9999 for €€€');
    const parsedDefault = parseTemplateFile('## T\n{{who}}', 'c.sms.md', { defaultVariable: { maxLength: 2, charset: 'digits' } }).templates[0];
    expect(templateSegmentRange(parsedDefault).maxText).toBe('99');
  });

  it('enumerates if/else branches and names the branch that drives the maximum', () => {
    const long = 'y'.repeat(150);
    const fm = 'variables:\n  url: {maxLength: 30, charset: ascii}';
    const range = templateSegmentRange(template(`Order shipped.{{#if url}} ${long} {{url}}{{else}} Soon.{{/if}}`, fm));
    expect(range.exact).toBe(true);
    expect(range.minText).toBe('Order shipped. Soon.');
    expect(range.min.segments).toBe(1);
    expect(range.max.segments).toBe(2);
    expect(range.maxDrivers).toContainEqual({
      kind: 'branch',
      name: '{{#if url}}',
      detail: expect.stringContaining('{{#if url}} branch'),
    });
  });

  it('literal characters that force UCS-2 are drivers', () => {
    const range = templateSegmentRange(template('We’ll call you — thanks'));
    expect(range.max.encoding).toBe('UCS-2');
    expect(range.maxDrivers.map((d) => [d.kind, d.name])).toEqual([
      ['character', '’'],
      ['character', '—'],
    ]);
    expect(range.maxDrivers[0].detail).toMatch(/^U\+2019 .*forces UCS-2$/);
  });

  it('unless takes both branches; each counts 0 or 1 items and is not exact', () => {
    const unless = templateSegmentRange(template('A{{#unless paid}}Pay now{{/unless}}B'));
    expect(unless.minText).toBe('AB');
    expect(unless.maxText).toBe('APay nowB');
    expect(unless.exact).toBe(true);
    const each = templateSegmentRange(template('Items:{{#each items}} {{name}}{{else}} none{{/each}}'));
    // One item with an empty name is shorter than the {{else}} text.
    expect(each.minText).toBe('Items: ');
    expect(each.maxText).toBe(`Items: ${'😀'.repeat(20)}`);
    expect(each.exact).toBe(false);
  });

  it('falls back to a sound bound past maxRenderings', () => {
    const body = Array.from({ length: 12 }, (_, i) => `{{#if f${i}}}Flag ${i} on.{{else}}Off.{{/if}}`).join(' ');
    const t = template(body);
    const bounded = templateSegmentRange(t, { maxRenderings: 16 });
    expect(bounded.exact).toBe(false);
    const exact = templateSegmentRange(t, { maxRenderings: 4096 });
    expect(exact.exact).toBe(true);
    expect(bounded.max.units).toBeGreaterThanOrEqual(exact.max.units);
    expect(bounded.min.units).toBeLessThanOrEqual(exact.min.units);
    expect(bounded.maxDrivers.some((d) => d.kind === 'branch')).toBe(true);
  });

  it('a body that does not parse is counted as written', () => {
    const t = template('Hello {{name');
    const range = templateSegmentRange(t);
    expect(range.maxText).toBe('Hello {{name');
    expect(range.min.segments).toBe(1);
  });

  it('passes count options through', () => {
    const text = 'x'.repeat(300);
    const range = templateSegmentRange(template(text), { countOptions: { concatReference: 16 } });
    expect(range.max).toEqual(countSegments(text, { concatReference: 16 }));
  });
});
