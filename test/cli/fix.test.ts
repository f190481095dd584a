import { chmodSync, lstatSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURLY_CATALOG, parseJson, runCli, useTempTrees } from './cli-harness.js';

const tempTree = useTempTrees();

const FIXED = CURLY_CATALOG.replace('\u2019', "'");

describe('--fix', () => {
  it('applies safe fixes, keeps CRLF line endings, the BOM and the file mode, and is idempotent', async () => {
    const crlf = CURLY_CATALOG.replace(/\n/g, '\r\n');
    const t = tempTree({
      'lf.sms.md': CURLY_CATALOG,
      'crlf.sms.md': crlf,
      'bom.sms.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CURLY_CATALOG)]),
      'mode.sms.md': CURLY_CATALOG,
    });
    chmodSync(join(t.dir, 'mode.sms.md'), 0o640);
    const run = await runCli(['--fix', '--format', 'json'], { cwd: t.dir });
    expect(run.code).toBe(0);
    // The report describes the files as written: no fixable problem is left.
    expect(parseJson(run.stdout).results.every((r) => r.messages.every((m) => m.ruleId !== 'ucs2-character'))).toBe(true);
    expect(readFileSync(join(t.dir, 'lf.sms.md'), 'utf8')).toBe(FIXED);
    expect(readFileSync(join(t.dir, 'crlf.sms.md'), 'utf8')).toBe(FIXED.replace(/\n/g, '\r\n'));
    const bom = readFileSync(join(t.dir, 'bom.sms.md'));
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.subarray(3).toString('utf8')).toBe(FIXED);
    expect(statSync(join(t.dir, 'mode.sms.md')).mode & 0o777).toBe(0o640);

    const snapshot = ['lf', 'crlf', 'bom', 'mode'].map((n) => readFileSync(join(t.dir, `${n}.sms.md`)));
    await runCli(['--fix'], { cwd: t.dir });
    ['lf', 'crlf', 'bom', 'mode'].forEach((n, i) => expect(readFileSync(join(t.dir, `${n}.sms.md`)).equals(snapshot[i])).toBe(true));
  });

  it('fixes a symlinked file through the link, keeping the link', async () => {
    const t = tempTree({ 'real/target.sms.md': CURLY_CATALOG });
    symlinkSync(join(t.dir, 'real', 'target.sms.md'), join(t.dir, 'link.sms.md'));
    await runCli(['--fix', 'link.sms.md'], { cwd: t.dir });
    expect(lstatSync(join(t.dir, 'link.sms.md')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(t.dir, 'real', 'target.sms.md'), 'utf8')).toBe(FIXED);
  });

  it('never rewrites a file that fails to parse', async () => {
    const broken = `${CURLY_CATALOG}\n## Broken\n\nNorthwind: {{#if x}}unclosed \u2019 block\n`;
    const t = tempTree({ 'broken.sms.md': broken });
    const run = await runCli(['--fix', '--format', 'json'], { cwd: t.dir });
    expect(parseJson(run.stdout).results[0].messages.some((m) => m.severity === 'error')).toBe(true);
    expect(readFileSync(join(t.dir, 'broken.sms.md'), 'utf8')).toBe(broken);
  });

  it('--fix-dry-run prints a unified diff and writes nothing', async () => {
    const t = tempTree({ 'a.sms.md': CURLY_CATALOG });
    const run = await runCli(['--fix-dry-run'], { cwd: t.dir });
    expect(run.stdout).toContain('--- a/a.sms.md');
    expect(run.stdout).toContain('+++ b/a.sms.md');
    expect(run.stdout).toContain('-Northwind: We\u2019re here to help.');
    expect(run.stdout).toContain("+Northwind: We're here to help.");
    expect(readFileSync(join(t.dir, 'a.sms.md'), 'utf8')).toBe(CURLY_CATALOG);
  });

  it('with stdin, prints the fixed text to stdout and the report to stderr', async () => {
    const t = tempTree({});
    const run = await runCli(['--fix', '-', '--stdin-filename', 'x.sms.md'], { cwd: t.dir, input: CURLY_CATALOG });
    expect(run.stdout).toBe(FIXED);
    expect(run.code).toBe(0);
  });
});
