import { describe, expect, it } from 'vitest';
import { parseJsonSource } from '@smslint/core';

describe('parseJsonSource', () => {
  it('parses JSON and locates values and keys by pointer', () => {
    const text = '{\n  "rules": { "empty-template": "warn" },\n  "maxSegments": 3\n}';
    const parsed = parseJsonSource(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({ rules: { 'empty-template': 'warn' }, maxSegments: 3 });
    const value = parsed.locations.values.get('/rules/empty-template')!;
    expect(text.slice(value.start, value.end)).toBe('"warn"');
    const key = parsed.locations.keys.get('/maxSegments')!;
    expect(text.slice(key.start, key.end)).toBe('"maxSegments"');
  });

  it('escapes pointer segments (RFC 6901)', () => {
    const parsed = parseJsonSource('{"a/b": {"c~d": 1}}');
    expect(parsed.ok && parsed.locations.values.has('/a~1b/c~0d')).toBe(true);
  });

  it('reads JSONC: comments and trailing commas, as VS Code settings and markdownlint-cli2 do', () => {
    const text = '// smslint settings\n{\n  /* strict */ "rules": { "text-speak": "error", },\n  "brand": "Acme", // ours\n}\n';
    const parsed = parseJsonSource(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({ rules: { 'text-speak': 'error' }, brand: 'Acme' });
    const value = parsed.locations.values.get('/rules/text-speak')!;
    expect(text.slice(value.start, value.end)).toBe('"error"');
    expect(parsed.duplicates).toEqual([]);
  });

  it('finds duplicate keys, at the later key', () => {
    const text = '{"brand": "A", "rules": {}, "brand": "B"}';
    const parsed = parseJsonSource(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual({ brand: 'B', rules: {} });
    expect(parsed.duplicates).toEqual([{ key: 'brand', pointer: '/brand', range: { start: 28, end: 35 } }]);
  });

  it.each([
    ['{"a" 1}', 5, /Expected ':'/],
    ['{"a": tru}', 6, /Invalid symbol|Expected a JSON value/],
    ['{"a": "x', 6, /Unterminated string/],
    ['/* c \n{}', 0, /Comment is not closed/],
    ['{} x', 3, /Invalid symbol/],
    ['', 0, /end of file/],
  ])('reports the exact offset of a syntax error in %j', (text, offset, message) => {
    const parsed = parseJsonSource(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.offset).toBe(offset);
    expect(parsed.message).toMatch(message);
  });

  it('accepts a BOM and keeps __proto__ as a plain key', () => {
    const parsed = parseJsonSource('\ufeff{"__proto__": {"polluted": true}}');
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (parsed.ok) expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
  });

  it('does not overflow on deeply nested input', () => {
    const parsed = parseJsonSource('['.repeat(100_000));
    expect(parsed.ok).toBe(false);
  });
});
