import { describe, expect, it } from 'vitest';
import { parseJsonSource, validateConfig } from '@smslint/core';

function validate(text: string) {
  const parsed = parseJsonSource(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return { text, ...validateConfig(parsed.value, 'smslint.config.json', parsed.locations) };
}

describe('validateConfig', () => {
  it('accepts a full valid config', () => {
    const result = validate(
      JSON.stringify({
        $schema: './node_modules/@smslint/core/schema/smslint.config.schema.json',
        root: true,
        rules: { 'segment-budget': ['error', {}], 'undeclared-variable': 'off' },
        kind: 'transactional',
        region: 'us-strict',
        brand: 'Acme',
        optOutText: 'Reply STOP to opt out.',
        redirectText: 'Reply CALL for a call back.',
        maxSegments: 3,
        shiftTables: ['es'],
        graphemes: 'keep',
        variables: { firstName: { maxLength: 20, charset: 'gsm', sample: 'Ann' } },
        textSpeak: { allow: ['LOL'], extra: { asap: 'as soon as possible' } },
        ignore: ['drafts/**'],
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('locates an unknown rule id at its key', () => {
    const r = validate('{"rules": {"no-such-rule": "warn"}}');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(/Unknown rule "no-such-rule"/);
    expect(r.errors[0].pointer).toBe('/rules/no-such-rule');
    expect(r.text.slice(r.errors[0].range!.start, r.errors[0].range!.end)).toBe('"no-such-rule"');
    expect(r.config.rules).toEqual({});
  });

  it('reports an unknown severity once, at the value, and keeps the other settings', () => {
    const r = validate('{"rules": {"empty-template": "warnings", "quiet-hours": "off"}, "brand": "Acme"}');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(/Invalid setting for rule "empty-template"/);
    expect(r.text.slice(r.errors[0].range!.start, r.errors[0].range!.end)).toBe('"warnings"');
    expect(r.config).toEqual({ rules: { 'quiet-hours': 'off' }, brand: 'Acme' });
  });

  it('accepts every severity spelling ESLint and markdownlint-cli2 users bring', () => {
    const r = validate('{"rules": {"empty-template": "warning", "quiet-hours": 0, "text-speak": [2, {}], "shouting": 1}}');
    expect(r.errors).toEqual([]);
  });

  it('reports wrong types and enum values with pointers', () => {
    const r = validate('{"maxSegments": "two", "region": "mars", "graphemes": true}');
    const pointers = r.errors.map((e) => e.pointer).sort();
    expect(pointers).toEqual(['/graphemes', '/maxSegments', '/region']);
    expect(r.errors.find((e) => e.pointer === '/region')!.message).toMatch(/"us", "us-strict", "ca", "uk-eu"/);
    expect(r.config).toEqual({});
  });

  it('reports unknown top-level fields', () => {
    const r = validate('{"maxSegment": 2}');
    expect(r.errors[0].message).toMatch(/Unknown config field "maxSegment"/);
    expect(r.text.slice(r.errors[0].range!.start, r.errors[0].range!.end)).toBe('"maxSegment"');
  });

  it('rejects a non-object root', () => {
    const r = validate('[1, 2]');
    expect(r.valid).toBe(false);
    expect(r.errors[0].pointer).toBe('');
    expect(r.config).toEqual({});
  });
});

describe('validateConfig rule options', () => {
  it('checks options against the rule schema and reports only the options error', () => {
    const r = validate('{"rules": {"ucs2-character": ["warn", {"allow": "x"}]}}');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(/Invalid options for rule "ucs2-character" at "allow"/);
    expect(r.errors[0].pointer).toBe('/rules/ucs2-character/1/allow');
    expect(r.text.slice(r.errors[0].range!.start, r.errors[0].range!.end)).toBe('"x"');
    expect(r.config.rules).toEqual({});
  });

  it('rejects unknown options', () => {
    const r = validate('{"rules": {"ucs2-character": ["warn", {"alow": []}]}}');
    expect(r.errors[0].message).toMatch(/Invalid options for rule "ucs2-character"/);
  });
});
