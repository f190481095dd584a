import { describe, expect, it } from 'vitest';
import { parseTemplateFile, renderTemplate, templateSegmentRange } from '@smslint/core';

describe('hostile input never throws', () => {
  it('deeply nested blocks are a located problem', () => {
    const depth = 3000;
    const body = '{{#if a}}'.repeat(depth) + 'x' + '{{/if}}'.repeat(depth);
    const file = parseTemplateFile(`## Deep\n${body}\n`, 'c.sms.md');
    const [template] = file.templates;
    // Refused before Handlebars parses it (its parser slows down sharply with depth).
    expect(template.problems.map((p) => p.code)).toEqual(['handlebars-too-deep']);
    expect(template.body.masked.length).toBe(body.length);
    expect(template.body.masked.includes('{{')).toBe(false);
    expect(templateSegmentRange(template).max.segments).toBeGreaterThan(1);
    expect(renderTemplate(template).problems.map((p) => p.code)).toEqual(['render-failed']);
  });

  it('comments holding block tags do not count as nesting', () => {
    const body = `{{!-- ${'{{#if a}}'.repeat(100)} --}}{{#if a}}x{{/if}}`;
    expect(parseTemplateFile(body, 'x.sms').templates[0].problems).toEqual([]);
  });

  it('nesting just over the analysed depth is reported, under it is analysed', () => {
    const nest = (n: number) => '{{#if a}}'.repeat(n) + 'x' + '{{/if}}'.repeat(n);
    const over = parseTemplateFile(nest(70), 'x.sms').templates[0];
    expect(over.problems.map((p) => p.code)).toEqual(['handlebars-too-deep']);
    const under = parseTemplateFile(nest(20), 'x.sms').templates[0];
    expect(under.problems).toEqual([]);
    expect(templateSegmentRange(under).exact).toBe(true);
  });

  it('lone surrogates and control characters keep offsets', () => {
    const text = '## A\n\uD800 {{x}} \uDC00\u0007\n## B\ny';
    const file = parseTemplateFile(text, 'c.sms.md');
    const variable = file.templates[0].body.nodes.find((n) => n.type === 'variable')!;
    expect(text.slice(variable.range.start, variable.range.end)).toBe('{{x}}');
    expect(() => templateSegmentRange(file.templates[0])).not.toThrow();
  });

  it('a NUL character, which Handlebars cannot lex, is a problem at the NUL', () => {
    const text = '## A\nHi {{x}} \u0000 there\n';
    const [template] = parseTemplateFile(text, 'c.sms.md').templates;
    expect(template.problems.map((p) => [p.code, text.slice(p.range.start, p.range.end)])).toEqual([['handlebars-syntax', '\u0000']]);
    expect(template.body.masked).toBe('Hi \uFFFC\uFFFC\uFFFC\uFFFC\uFFFC \u0000 there');
  });

  it('a very long single line and many headings parse', () => {
    const text = `## Long\n${'a'.repeat(200_000)}\n${'## h\n'.repeat(5000)}`;
    const file = parseTemplateFile(text, 'c.sms.md');
    expect(file.templates).toHaveLength(5001);
    expect(templateSegmentRange(file.templates[0]).max.segments).toBe(Math.ceil(200_000 / 153));
  });
});
