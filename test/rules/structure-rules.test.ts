import { describe, expect, it } from 'vitest';
import { findingsOf, spans } from './helpers.js';

describe('empty-template', () => {
  it('reports bodies that are empty, blank or only comments', () => {
    const text = '## A\n\n## B\n   \n\n## C\n{{!-- later --}}\n\n## D\nHi.\n';
    expect(findingsOf('empty-template', text).map((f) => f.templateId)).toEqual(['a', 'b', 'c']);
  });

  it('reports an empty single-template file', () => {
    expect(findingsOf('empty-template', '\n', { filePath: 'reply.sms' })).toHaveLength(1);
  });

  it('trap: a body that is only a placeholder is not empty', () => {
    expect(findingsOf('empty-template', '## A\n{{message}}\n')).toEqual([]);
  });
});

describe('duplicate-template-id', () => {
  it('reports the second of two templates whose ids collide, case-insensitively', () => {
    const text = '## Order shipped\nA\n\n## Order Shipped!\nB\n\n## Other\nC\n';
    const found = findingsOf('duplicate-template-id', text);
    expect(spans(text, found)).toEqual(['## Order Shipped!']);
    expect(found[0].message).toMatch(/line 1/);
  });

  it('is reported once (not also as parse-error)', () => {
    const text = '## A\nx\n\n## A\ny\n';
    expect(findingsOf('parse-error', text)).toEqual([]);
    expect(findingsOf('duplicate-template-id', text)).toHaveLength(1);
  });
});

describe('undeclared-variable', () => {
  it('reports each undeclared risky variable once, as info when it adds no segment', () => {
    const text = '## A\nHi {{name}}, {{name}} and {{order.id}} {{note}}\n';
    const found = findingsOf('undeclared-variable', text);
    // order.id is an id (ASCII): no risk to report.
    expect(spans(text, found)).toEqual(['{{name}}', '{{note}}']);
    expect(found.every((f) => f.severity === 'info')).toBe(true);
  });

  it('accepts declarations from config, front matter and template metadata, by path or root', () => {
    const config = { sources: [], variables: { name: {} } };
    const text = '---\nvariables:\n  order: { maxLength: 10 }\n---\n## A\n<!-- smslint: variables.code.maxLength=6 -->\n{{name}} {{order.id}} {{code}}\n';
    expect(findingsOf('undeclared-variable', text, { config })).toEqual([]);
  });

  it('traps: each/with scopes, this, @index, conditions and literals', () => {
    const text = '## A\n{{#each items}}{{title}} {{@index}} {{this}}{{/each}}{{#with user}}{{email}}{{/with}}{{#if vip}}!{{/if}}\n';
    const found = findingsOf('undeclared-variable', text);
    expect(found).toEqual([]);
  });
});

describe('parse-error', () => {
  it('reports Handlebars and front matter problems at their location', () => {
    const text = '---\nkind: [x\n---\n## A\nHi {{#if x}}there\n';
    const found = findingsOf('parse-error', text);
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.every((f) => f.range.start >= 0 && f.range.end <= text.length)).toBe(true);
  });

  it('can be turned off', () => {
    expect(findingsOf('parse-error', '## A\n{{#if x}}\n', { config: { sources: [], rules: { 'parse-error': 'off' } } })).toEqual([]);
  });
});
