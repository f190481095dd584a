import { describe, expect, it } from 'vitest';
import { getRule, lintFile, lintText, parseTemplateFile, type ResolvedConfig, type Rule } from '@smslint/core';

/** These tests exercise engine mechanics on plain support text; multichannel-redirect would flag every such reply. */
const config = (extra: Partial<ResolvedConfig> = {}): ResolvedConfig => ({ sources: [], ...extra, rules: { 'multichannel-redirect': 'off', ...extra.rules } });
const ids = (text: string, options: Partial<Parameters<typeof lintText>[1]> = {}) =>
  lintText(text, { filePath: 'c.sms.md', config: config(), ...options }).findings.map((f) => f.ruleId);

describe('lintText', () => {
  it('returns findings sorted by start offset, with docsUrl and templateId', () => {
    const text = '## A\nIt\u2019s here \u2014 ok\n\n## B\n\n## A\nHi\n';
    const result = lintText(text, { filePath: 'c.sms.md', config: config() });
    const starts = result.findings.map((f) => f.range.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.findings.map((f) => f.ruleId)).toEqual([
      'ucs2-character',
      'ucs2-character',
      'empty-template',
      'duplicate-template-id',
    ]);
    expect(result.findings[0].templateId).toBe('a');
    expect(result.findings[0].docsUrl).toBe(getRule('ucs2-character')!.meta.docsUrl);
    expect(result.findings[3].templateId).toBeUndefined();
  });

  it('takes severities per template kind: metadata, then config kind, then support', () => {
    const text = '## Sale\n<!-- smslint: kind=marketing sendWindow=09:00-20:00 -->\n' + 'x'.repeat(400) + '\n\n## Reply\n' + 'y'.repeat(400) + '\n';
    const result = lintText(text, { filePath: 'c.sms.md', config: config() });
    const budget = result.findings.filter((f) => f.ruleId === 'segment-budget');
    expect(budget.map((f) => [f.templateId, f.severity])).toEqual([
      ['sale', 'error'],
      ['reply', 'warning'],
    ]);
    const asMarketing = lintText(text, { filePath: 'c.sms.md', config: config({ kind: 'marketing' }) });
    expect(asMarketing.findings.filter((f) => f.ruleId === 'segment-budget').map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('config rules override defaults, ruleOverrides override config', () => {
    const text = '## A\nIt\u2019s here\n';
    const off = config({ rules: { 'ucs2-character': 'off' } });
    expect(ids(text, { config: off })).not.toContain('ucs2-character');
    const result = lintText(text, {
      filePath: 'c.sms.md',
      config: off,
      ruleOverrides: { 'ucs2-character': 'error' },
    });
    expect(result.findings.find((f) => f.ruleId === 'ucs2-character')?.severity).toBe('error');
    const info = lintText(text, { filePath: 'c.sms.md', config: config({ rules: { 'ucs2-character': ['info', {}] } }) });
    expect(info.findings.find((f) => f.ruleId === 'ucs2-character')?.severity).toBe('info');
  });

  it('passes rule options from [severity, options]', () => {
    const text = '## A\nThanks \ud83d\ude0a\n';
    expect(ids(text)).toContain('ucs2-character');
    expect(ids(text, { config: config({ rules: { 'ucs2-character': ['warn', { allow: ['\ud83d\ude0a'] }] } }) })).not.toContain(
      'ucs2-character',
    );
  });

  it('reports unknown ids in ruleOverrides as config errors', () => {
    const result = lintText('## A\nHi\n', { filePath: 'c.sms.md', ruleOverrides: { 'no-such': 'error' } });
    expect(result.configErrors?.[0].message).toMatch(/Unknown rule "no-such"/);
  });

  it('reports parse problems as parse-error with the problem severity', () => {
    const result = lintText('## A\nHi {{#if x}}there\n', { filePath: 'c.sms.md' });
    const parse = result.findings.filter((f) => f.ruleId === 'parse-error');
    expect(parse).toHaveLength(1);
    expect(parse[0].severity).toBe('error');
    expect(parse[0].templateId).toBe('a');
    const relaxed = lintText('## A\nHi {{#if x}}there\n', { filePath: 'c.sms.md', config: config({ rules: { 'parse-error': 'warn' } }) });
    expect(relaxed.findings.find((f) => f.ruleId === 'parse-error')?.severity).toBe('warning');
  });

  it('lints single-template .sms files', () => {
    expect(ids('Thanks \u2014 we are on it.\n', { filePath: 'reply.sms' })).toEqual(['ucs2-character']);
  });

  it('turns a crashing rule into an internal-error finding naming it', () => {
    const file = parseTemplateFile('## A\nHi\n', 'c.sms.md');
    const rule = getRule('empty-template') as Rule;
    const original = rule.check;
    rule.check = () => {
      throw new Error('boom');
    };
    try {
      const result = lintFile(file, { filePath: 'c.sms.md' });
      const internal = result.findings.filter((f) => f.ruleId === 'internal-error');
      expect(internal).toHaveLength(1);
      expect(internal[0].message).toMatch(/"empty-template" crashed \(boom\)/);
      expect(internal[0].range).toEqual(file.templates[0].headingRange);
    } finally {
      rule.check = original;
    }
  });

  it('clamps out-of-document ranges a rule might report', () => {
    const file = parseTemplateFile('## A\nHi\n', 'c.sms.md');
    const rule = getRule('empty-template') as Rule;
    const original = rule.check;
    rule.check = (_t, context) => context.report({ message: 'x', range: { start: -5, end: 9999 } });
    try {
      const found = lintFile(file, { filePath: 'c.sms.md' }).findings.find((f) => f.ruleId === 'empty-template');
      expect(found?.range).toEqual({ start: 0, end: file.text.length });
    } finally {
      rule.check = original;
    }
  });
});
