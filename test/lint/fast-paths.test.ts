import { describe, expect, it } from 'vitest';
import {
  applyDirectives,
  applyFixes,
  createLintCache,
  createTemplateParser,
  lintFile,
  lintText,
  parseDirectives,
  parseTemplateFile,
  type Finding,
  type TemplateFile,
  type TextEdit,
} from '@smslint/core';

/** The engine's fast paths (memoised cache keys, LRU list, directive indexes) must give the plain results. */
const base = { filePath: 'c.sms.md', config: { sources: [], rules: { 'multichannel-redirect': 'off' as const, 'leftover-bracket': 'off' as const } } };

function catalog(count: number, body: (i: number) => string): string {
  const parts = ['---\nkind: support\n---\n# Replies\n'];
  for (let i = 0; i < count; i++) parts.push(`## Reply ${i}\n${body(i)}\n`);
  return parts.join('\n');
}

describe('lint cache recency', () => {
  it('evicts the least recently used entry, counting reads as uses', () => {
    const cache = createLintCache(2);
    const entry = { relative: [], absolute: [] };
    cache.set('a', entry);
    cache.set('b', entry);
    expect(cache.get('a')).toBe(entry); // "b" is now the least recently used
    cache.set('c', entry);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(entry);
    expect(cache.get('c')).toBe(entry);
    cache.set('a', { relative: [], absolute: [] }); // replacing keeps one entry per key
    expect(cache.size).toBe(2);
    expect(cache.stats).toEqual({ hits: 3, misses: 1 });
  });
});

describe('memoised cache keys', () => {
  it('an edit above a template moves its cached findings without re-checking it', () => {
    const parser = createTemplateParser();
    const cache = createLintCache();
    const before = catalog(20, (i) => `Hi, order ${i} is late \u2014 sorry.`);
    lintFile(parser.parse(before, base.filePath), base, cache);
    const after = before.replace('order 3 is', 'order 3 really is');
    const result = lintFile(parser.parse(after, base.filePath), base, cache);
    expect(cache.stats).toEqual({ hits: 19, misses: 21 });
    expect(result.findings).toEqual(lintText(after, base).findings);
  });

  it('a template object placed in another text with the same length is checked again', () => {
    const cache = createLintCache();
    const text = catalog(3, () => 'Hi, your order is late \u2014 sorry.');
    const file = parseTemplateFile(text, base.filePath);
    lintFile(file, base, cache);
    // Same template objects and offsets, one character changed in the first template only:
    // its memoised key must not be trusted; the other two are still hits.
    const other: TemplateFile = { ...file, text: text.replace('\u2014', '-') };
    const result = lintFile(other, base, cache);
    expect(result.findings).toEqual(lintFile(other, base).findings);
    expect(result.findings.filter((f) => f.ruleId === 'ucs2-character')).toHaveLength(2);
    expect(cache.stats).toEqual({ hits: 2, misses: 4 });
  });

  it('templates sharing one metadata object get their own keys', () => {
    const cache = createLintCache();
    const text = catalog(2, (i) => (i === 0 ? 'Hi \u2014 there.' : 'Hi there.'));
    const file = parseTemplateFile(text, base.filePath);
    const shared = file.templates[0].metadata;
    const sharing: TemplateFile = { ...file, templates: file.templates.map((t) => ({ ...t, metadata: shared })) };
    const cached = lintFile(sharing, base, cache);
    expect(lintFile(sharing, base, cache).findings).toEqual(cached.findings);
    expect(cached.findings).toEqual(lintFile(sharing, base).findings);
    expect(cache.stats).toEqual({ hits: 2, misses: 2 });
  });

  it('a copy given another template\'s metadata is not vouched for: its own text is keyed', () => {
    // Same id, different text: the parser's word (template/placement.ts) on the copy's text
    // does not carry over to metadata it did not give it, so the key check compares texts
    // (of the same length here, so only the text tells them apart).
    const text = '## Refund\nHi \u2014 there.\n## Refund\nHi - there.\n';
    const file = createTemplateParser().parse(text, base.filePath);
    const shared = file.templates[0].metadata;
    const sharing: TemplateFile = { ...file, templates: file.templates.map((t) => ({ ...t, metadata: shared })) };
    const cache = createLintCache();
    lintFile(sharing, base, cache);
    expect(lintFile(sharing, base, cache).findings).toEqual(lintFile(sharing, base).findings);
    expect(lintFile(sharing, base, cache).findings.filter((f) => f.ruleId === 'ucs2-character')).toHaveLength(1);
  });
});

describe('directive indexes', () => {
  it('disable-next-line finds the next line after LF, CRLF and lone CR breaks', () => {
    for (const br of ['\n', '\r\n', '\r']) {
      const text = ['## A', '<!-- smslint-disable-next-line ucs2-character -->', 'One \u2014 two', 'Three \u2014 four', ''].join(br);
      const hidden = lintText(text, base).findings.filter((f) => f.ruleId === 'ucs2-character');
      expect(hidden.map((f) => text.slice(0, f.range.start).split(/\r\n|\r|\n/).length - 1)).toEqual([3]);
    }
  });

  it('a disable-next-line on the last line covers nothing', () => {
    const text = '## A\nOne \u2014 two\n<!-- smslint-disable-next-line ucs2-character -->';
    const result = lintText(text, base);
    expect(result.findings.filter((f) => f.ruleId === 'ucs2-character')).toHaveLength(1);
    expect(result.findings.some((f) => f.ruleId === 'unused-disable-directive')).toBe(true);
  });

  it('hand-built directives with overlapping lines and unordered templates still apply', () => {
    const text = '## A\nHi {{! smslint-disable ucs2-character }} \u2014 one\n## B\nHo \u2014 two\n';
    const parsed = parseTemplateFile(text, base.filePath);
    // Templates out of document order: the lookup must not assume sorted, disjoint ranges.
    const file: TemplateFile = { ...parsed, templates: [...parsed.templates].reverse() };
    const { directives } = parseDirectives(file);
    expect(directives).toHaveLength(1);
    expect(directives[0].template?.id).toBe('a');
    const dash = (at: string, templateId: string): Finding => {
      const start = text.indexOf(at);
      return { ruleId: 'ucs2-character', severity: 'warning', message: 'x', range: { start, end: start + 1 }, templateId, docsUrl: '' };
    };
    const lineOf = (needle: string) => {
      const start = text.lastIndexOf('\n', text.indexOf(needle)) + 1;
      return { start, end: text.indexOf('\n', start) };
    };
    const nextLine = [
      { kind: 'disable-next-line' as const, ids: ['ucs2-character'], comment: { kind: 'html' as const, value: '', range: { start: 0, end: 0 } }, line: { start: 0, end: text.length }, used: new Set<string>() },
      { kind: 'disable-next-line' as const, ids: ['text-speak'], comment: { kind: 'html' as const, value: '', range: { start: 0, end: 0 } }, line: lineOf('Ho'), used: new Set<string>() },
    ];
    const kept = applyDirectives([dash('\u2014 one', 'a'), dash('\u2014 two', 'b')], [...directives, ...nextLine]);
    expect(kept).toEqual([]);
    expect([...nextLine[0].used]).toEqual(['ucs2-character']);
    expect(nextLine[1].used.size).toBe(0);
  });
});

describe('applyFixes with many fixes', () => {
  const finding = (edits: TextEdit[]): Finding => ({ ruleId: 'r', severity: 'warning', message: 'm', range: { start: 0, end: 0 }, docsUrl: '', fix: { edits } });

  it('takes fixes in order, skips conflicting ones and applies the rest', () => {
    const text = 'ab'.repeat(2000);
    const findings: Finding[] = [];
    for (let i = 0; i < text.length; i += 4) findings.push(finding([{ range: { start: i, end: i + 2 }, text: 'X' }]));
    // Each comes after the X fix at its first offset: overlapping it, starting where it
    // starts, or (a two-edit fix) overlapping with one of its edits: all skipped.
    findings.push(finding([{ range: { start: 1, end: 3 }, text: 'Y' }]));
    findings.push(finding([{ range: { start: 8, end: 8 }, text: 'Y' }]));
    findings.push(finding([{ range: { start: 1, end: 2 }, text: 'Z' }, { range: { start: 30, end: 30 }, text: 'Z' }]));
    // An insertion strictly inside a taken range does not conflict; it is applied bottom-up too.
    findings.push(finding([{ range: { start: 13, end: 13 }, text: '!' }]));
    const result = applyFixes(text, findings);
    expect(result).toMatchObject({ applied: 1001, skipped: 3 });
    const taken: TextEdit[] = [{ range: { start: 13, end: 13 }, text: '!' }];
    for (let i = 0; i < text.length; i += 4) taken.push({ range: { start: i, end: i + 2 }, text: 'X' });
    let expected = text;
    for (const edit of taken.sort((a, b) => b.range.start - a.range.start)) {
      expected = expected.slice(0, edit.range.start) + edit.text + expected.slice(edit.range.end);
    }
    expect(result.output).toBe(expected);
    // Without the nested insertion every edit ends before the next starts (one-pass join).
    const plain = applyFixes(text, findings.slice(0, -1));
    expect(plain).toMatchObject({ applied: 1000, skipped: 3 });
    expect(plain.output).toBe('Xab'.repeat(1000));
  });
});
