import { describe, expect, it } from 'vitest';
import { findingsOf, spans } from './helpers.js';

const rule = 'placeholder-encoding-risk';

describe('placeholder-encoding-risk', () => {
  it('reports a variable declared with an unknown charset with the segment cost', () => {
    // 89 GSM characters + a name: GSM 1 segment, UCS-2 2 segments (sms-facts §1 example).
    const text = `---\nvariables:\n  name: { maxLength: 20 }\n---\n## A\nHi {{name}}, ${'a'.repeat(80)}\n`;
    const found = findingsOf(rule, text, { ruleOverrides: { [rule]: 'warn' } });
    expect(spans(text, found)).toEqual(['{{name}}']);
    expect(found[0].message).toMatch(/1 → 2 segments worst case \(\+1\)/);
    expect(found[0].severity).toBe('warning');
  });

  it('is info for support and a warning for transactional templates, info when no segment is added', () => {
    const declared = '---\nvariables:\n  name: { type: name }\n---\n';
    const long = 'a'.repeat(80);
    const text = `${declared}## A\nHi {{name}} ${long}\n\n## B\n<!-- smslint: kind=transactional -->\nHi {{name}} ${long}\n\n## C\n<!-- smslint: kind=transactional -->\nHi {{name}}\n`;
    expect(findingsOf(rule, text).map((f) => f.severity)).toEqual(['info', 'warning', 'info']);
  });

  it('leaves undeclared variables to undeclared-variable (one finding per placeholder)', () => {
    expect(findingsOf(rule, `## A\nHi {{name}}, ${'a'.repeat(80)}\n`)).toEqual([]);
  });

  it('traps: gsm/digits/ascii declared, conditions, literal text already UCS-2', () => {
    const declared = '---\nvariables:\n  a: { charset: gsm }\n  b: { charset: digits }\n  c: { charset: ascii }\n  d: { type: url }\n---\n## A\n{{a}} {{b}} {{c}} {{d}}\n';
    expect(findingsOf(rule, declared)).toEqual([]);
    expect(findingsOf(rule, '## A\n{{#if vip}}Thanks!{{/if}}\n')).toEqual([]);
    expect(findingsOf(rule, '---\nvariables:\n  name: {}\n---\n## A\nHi {{name}} \ud83d\ude0a\n')).toEqual([]);
  });

  it('reports charset ucs2/unknown declarations', () => {
    const text = '---\nvariables:\n  a: { charset: unknown, maxLength: 5 }\n---\n## A\n{{a}}\n';
    expect(findingsOf(rule, text)[0].message).toMatch(/has charset "unknown"/);
  });

  it('uses config variables too', () => {
    const config = { sources: [], variables: { name: { charset: 'gsm' as const, maxLength: 10 } } };
    expect(findingsOf(rule, '## A\nHi {{name}}\n', { config })).toEqual([]);
  });
});
