import { describe, expect, it } from 'vitest';
import { parseTemplateFile, renderTemplate } from '@smslint/core';

const template = (body: string, frontMatter = '') =>
  parseTemplateFile(`${frontMatter ? `---\n${frontMatter}\n---\n` : ''}${body}`, 'x.sms').templates[0];

describe('renderTemplate', () => {
  it('renders with declared samples under the given data, without HTML escaping', () => {
    const t = template('Hi {{customer.firstName}} & {{company}}: {{#if url}}{{url}}{{else}}no link{{/if}}', 'variables:\n  customer.firstName: {sample: Ana}\n  company: {sample: "A&B <Co>"}');
    expect(renderTemplate(t)).toEqual({ text: 'Hi Ana & A&B <Co>: no link', problems: [] });
    expect(renderTemplate(t, { url: 'https://acme.example/t?a=1&b=2', company: 'Acme' }).text).toBe('Hi Ana & Acme: https://acme.example/t?a=1&b=2');
  });

  it('never reaches prototypes', () => {
    const t = template('[{{constructor.constructor}}][{{__proto__}}][{{constructor.name}}][{{toString}}][{{lookup this "constructor"}}][{{#with __proto__}}{{constructor}}{{/with}}]');
    const result = renderTemplate(t, {});
    expect(result.text).toBe('[][][][][][]');
    expect(result.problems).toEqual([]);
  });

  it('refuses helpers beyond the built-ins and does not throw', () => {
    const result = renderTemplate(template('Hi {{shout name}}'), { name: 'x' });
    expect(result.text).toBe('');
    expect(result.problems.map((p) => p.code)).toEqual(['render-failed']);
  });

  it('shows partials as a marker with a warning', () => {
    const result = renderTemplate(template('Hi {{> footer}}!{{#if a}}{{> inner}}{{/if}}'), { a: true });
    expect(result.text).toBe('Hi [partial footer]![partial inner]');
    expect(result.problems.map((p) => p.code)).toEqual(['render-partial', 'render-partial']);
  });

  it('leaves smslint comment lines out and reports broken bodies', () => {
    expect(renderTemplate(template('Hi\n<!-- smslint-disable x -->\nthere {{! smslint-enable }}')).text).toBe('Hi\nthere ');
    const broken = renderTemplate(template('Hi {{#if x}}'));
    expect(broken.text).toBe('');
    expect(broken.problems[0].code).toBe('render-failed');
  });

  it('reports runtime errors of built-in helpers as problems', () => {
    const result = renderTemplate(template('{{#each}}x{{/each}}'));
    expect(result.problems.map((p) => p.code)).toEqual(['render-failed']);
  });
});
