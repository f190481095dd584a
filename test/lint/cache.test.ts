import { describe, expect, it } from 'vitest';
import { createLintCache, createTemplateParser, lintFileRuns, lintText, type Finding, type ResolvedConfig } from '@smslint/core';

function catalog(count: number, edit?: { index: number; text: string }): string {
  const parts = ['---\nkind: support\n---\n# Replies\n'];
  for (let i = 0; i < count; i++) {
    const body = edit && edit.index === i ? edit.text : `Hi {{name}}, order ${i} is late \u2014 sorry.`;
    parts.push(`## Reply ${i}\n${body}\n`);
  }
  return parts.join('\n');
}

describe('createLintCache', () => {
  it('re-runs rules only for the edited template and re-bases the others', () => {
    const cache = createLintCache();
    const before = catalog(50);
    lintText(before, { filePath: 'c.sms.md' }, cache);
    expect(cache.stats).toEqual({ hits: 0, misses: 50 });

    // Longer text in template 10 moves every later template.
    const after = catalog(50, { index: 10, text: 'Hi {{name}}, a much longer apology \u2014 we\u2019re sorry.' });
    const cached = lintText(after, { filePath: 'c.sms.md' }, cache);
    expect(cache.stats).toEqual({ hits: 49, misses: 51 });
    const fresh = lintText(after, { filePath: 'c.sms.md' });
    expect(cached.findings).toEqual(fresh.findings);
    for (const f of cached.findings.filter((x) => x.ruleId === 'ucs2-character')) {
      expect(after.slice(f.range.start, f.range.end)).toMatch(/[\u2014\u2019]/);
      expect(f.fix && after.slice(f.fix.edits[0].range.start, f.fix.edits[0].range.end)).toMatch(/[\u2014\u2019]/);
    }
  });

  it('misses when the config changes, and when front matter changes', () => {
    const cache = createLintCache();
    const text = catalog(3);
    lintText(text, { filePath: 'c.sms.md' }, cache);
    const config: ResolvedConfig = { sources: [], rules: { 'ucs2-character': 'off' } };
    const off = lintText(text, { filePath: 'c.sms.md', config }, cache);
    expect(off.findings.some((f) => f.ruleId === 'ucs2-character')).toBe(false);
    expect(cache.stats.misses).toBe(6);
    const marketing = text.replace('kind: support', 'kind: marketing');
    const result = lintText(marketing, { filePath: 'c.sms.md' }, cache);
    expect(cache.stats.misses).toBe(9);
    expect(result.findings).toEqual(lintText(marketing, { filePath: 'c.sms.md' }).findings);
  });

  it('applies directives after the cache, so a new directive takes effect on a cache hit', () => {
    const cache = createLintCache();
    const text = catalog(2);
    lintText(text, { filePath: 'c.sms.md' }, cache);
    const disabled = text.replace('# Replies\n', '# Replies\n<!-- smslint-disable ucs2-character -->\n');
    const result = lintText(disabled, { filePath: 'c.sms.md' }, cache);
    expect(result.findings.some((f) => f.ruleId === 'ucs2-character')).toBe(false);
    expect(cache.stats.hits).toBe(2);
  });

  it('keys a template by the line break after it, so a cached fix never inserts the old break', () => {
    // The first body ends with a placeholder, so the suggested sentence goes on a line of its
    // own, in the body's line break: the break after the body, outside the template's range.
    const lf = '## Greeting\nHi {{first name}}\n## Refund\nYour refund is on its way.\n';
    const crlf = lf.replace('}}\n', '}}\r\n');
    const added = (findings: Finding[]) => findings.flatMap((f) => (f.suggestions ?? []).flatMap((s) => s.fix.edits.map((e) => e.text)));
    const scratch = added(lintText(crlf, { filePath: 'c.sms.md' }).findings);
    expect(scratch).toContain('\r\nReply to this message to reach our team.');

    const cache = createLintCache();
    lintText(lf, { filePath: 'c.sms.md' }, cache);
    expect(added(lintText(crlf, { filePath: 'c.sms.md' }, cache).findings)).toEqual(scratch);
    // The editor's path (memoising parser, relative runs) too, and back.
    const parser = createTemplateParser();
    const runsCache = createLintCache();
    for (const text of [lf, crlf, lf]) {
      const { result } = lintFileRuns(parser.parse(text, 'c.sms.md'), { filePath: 'c.sms.md' }, runsCache);
      expect(result.findings).toEqual(lintText(text, { filePath: 'c.sms.md' }).findings);
    }
  });

  it('is bounded: old entries are evicted', () => {
    const cache = createLintCache(5);
    lintText(catalog(20), { filePath: 'c.sms.md' }, cache);
    expect(cache.size).toBe(5);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('can be re-bounded, keeping the most recently used entries', () => {
    const cache = createLintCache();
    lintText(catalog(20), { filePath: 'c.sms.md' }, cache);
    // Ten edits of template 3: ten more texts of it, the old ones least recently used.
    for (let i = 0; i < 10; i++) lintText(catalog(20, { index: 3, text: `Hi {{name}}, edit ${i}.` }), { filePath: 'c.sms.md' }, cache);
    expect(cache.size).toBe(30);
    cache.limit(20);
    expect(cache.size).toBe(20);
    const { hits, misses } = cache.stats;
    lintText(catalog(20, { index: 3, text: 'Hi {{name}}, edit 9.' }), { filePath: 'c.sms.md' }, cache);
    expect(cache.stats).toEqual({ hits: hits + 20, misses });
  });
});
