import { describe, expect, it } from 'vitest';
import { findingsOf, spans } from './helpers.js';

const rule = 'placeholder-syntax';

describe('placeholder-syntax', () => {
  it('reports spaced names, unknown block helpers, block helpers without #, and partials', () => {
    const text = '## A\nHi {{first name}} {{#when x}}y{{/when}} {{if x}} {{> footer}}\n';
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['{{first name}}', '{{#when x}}', '{{if x}}', '{{> footer}}']);
  });

  it('reports an empty placeholder', () => {
    const text = '## A\nHi {{ }} there\n';
    expect(spans(text, findingsOf(rule, text))).toEqual(['{{ }}']);
  });

  it('fixes a spaced name to the matching declared variable, else suggests', () => {
    const declared = '---\nvariables:\n  first_name: { charset: gsm }\n---\n## A\nHi {{First Name}}\n';
    const [fixable] = findingsOf(rule, declared);
    expect(fixable.fix?.edits[0].text).toBe('{{first_name}}');
    const [suggested] = findingsOf(rule, '## A\nHi {{first name}}\n');
    expect(suggested.fix).toBeUndefined();
    expect(suggested.suggestions?.map((s) => s.fix.edits[0].text)).toEqual(['{{first_name}}', '{{firstName}}']);
  });

  it('traps: built-ins, whitespace control, triple-stash, comments and escaped mustaches', () => {
    const text =
      '## A\n{{~ name ~}} {{{link}}} {{#if a}}x{{else if b}}y{{else}}z{{/if}} {{#each items}}{{this}}{{/each}} ' +
      '{{lookup map key}} {{!-- {{first name}} --}} {{! note }} \\{{literal braces}}\n';
    expect(findingsOf(rule, text)).toEqual([]);
  });
});
