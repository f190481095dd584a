import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURLY_CATALOG, parseJson, runCli, useTempTrees } from './cli-harness.js';

const tempTree = useTempTrees();


describe('bad input files', () => {
  it('reports each unreadable kind as a read-error, keeps linting the others, exits 2', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('## Hi\n\nHello\n', 'utf16le')]);
    const invalid = Buffer.concat([Buffer.from('## Hi\n\nline two\nbad \u00e9'.normalize(), 'utf8').subarray(0, 20), Buffer.from([0xc3, 0x28, 0x0a])]);
    const t = tempTree({
      'a-good.sms.md': CURLY_CATALOG,
      'binary.sms.md': Buffer.from([0x23, 0x23, 0x20, 0x00, 0x01, 0x02]),
      'invalid.sms.md': invalid,
      'utf16.sms.md': utf16,
      'huge.sms.md': Buffer.alloc(5 * 1024 * 1024 + 1, 0x61),
      'z-good.sms': 'Northwind: We\u2019re on it.\n',
    });
    symlinkSync(join(t.dir, 'nowhere.sms.md'), join(t.dir, 'broken.sms.md'));
    symlinkSync(join(t.dir, 'loop-b.sms.md'), join(t.dir, 'loop-a.sms.md'));
    symlinkSync(join(t.dir, 'loop-a.sms.md'), join(t.dir, 'loop-b.sms.md'));
    mkdirSync(join(t.dir, 'cycle'));
    symlinkSync(t.dir, join(t.dir, 'cycle', 'up')); // a folder cycle: walked once

    const run = await runCli(['--format', 'json'], { cwd: t.dir });
    expect(run.code).toBe(2);
    const report = parseJson(run.stdout);
    const byFile = new Map(report.results.map((r) => [r.filePath, r]));
    const readError = (file: string) => {
      const result = byFile.get(file);
      expect(result, file).toBeDefined();
      expect(result?.messages).toHaveLength(1);
      expect(result?.messages[0].ruleId).toBe('read-error');
      expect(result?.messages[0].severity).toBe('error');
      return result?.messages[0].message ?? '';
    };
    expect(readError('binary.sms.md')).toContain('binary file (NUL byte at byte offset 3)');
    expect(readError('invalid.sms.md')).toMatch(/invalid UTF-8 at byte offset 20 \(line 4\)/);
    expect(readError('utf16.sms.md')).toContain('UTF-16');
    expect(readError('huge.sms.md')).toContain('file too large');
    expect(readError('broken.sms.md')).toContain('broken symbolic link');
    expect(readError('loop-a.sms.md')).toContain('symbolic link loop');
    expect(byFile.get('invalid.sms.md')?.messages[0].line).toBe(4);
    // The good files around them were linted normally.
    expect(byFile.get('a-good.sms.md')?.messages.some((m) => m.ruleId === 'ucs2-character')).toBe(true);
    expect(byFile.get('z-good.sms')?.messages.some((m) => m.ruleId === 'ucs2-character')).toBe(true);
    // The folder cycle did not duplicate files.
    expect(report.results.filter((r) => r.filePath.includes('cycle'))).toHaveLength(0);
  });

  it('reports a file without read permission', async () => {
    const t = tempTree({ 'locked.sms.md': CURLY_CATALOG, 'open.sms.md': CURLY_CATALOG });
    chmodSync(join(t.dir, 'locked.sms.md'), 0);
    const run = await runCli(['--format', 'json'], { cwd: t.dir, honourPermissions: true });
    const report = parseJson(run.stdout);
    expect(report.results[0].filePath).toBe('locked.sms.md');
    expect(report.results[0].messages[0].message).toContain('permission denied (EACCES)');
    expect(report.results[1].messages.some((m) => m.ruleId === 'ucs2-character')).toBe(true);
    expect(run.code).toBe(2);
  });

  it('reports a folder named like a template file given explicitly', async () => {
    const t = tempTree({ 'ok.sms.md': CURLY_CATALOG });
    mkdirSync(join(t.dir, 'odd.sms.md'));
    writeFileSync(join(t.dir, 'odd.sms.md', 'inner.sms.md'), CURLY_CATALOG);
    const run = await runCli(['--format', 'json'], { cwd: t.dir });
    // A folder is walked, never read as a file.
    expect(parseJson(run.stdout).results.map((r) => r.filePath)).toEqual(['odd.sms.md/inner.sms.md', 'ok.sms.md']);
  });

  it('reports invalid UTF-8 on stdin', async () => {
    const t = tempTree({});
    const run = await runCli(['-', '--format', 'json'], { cwd: t.dir, input: Buffer.from([0x41, 0x0a, 0xff]) });
    expect(run.code).toBe(2);
    expect(parseJson(run.stdout).results[0].messages[0].message).toContain('invalid UTF-8 at byte offset 2 (line 2)');
  });
});
