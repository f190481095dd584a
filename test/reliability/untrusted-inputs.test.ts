/**
 * Files and globs the repository controls (issue 17, items 8, 11, 13), through the real CLI:
 * a config, preview data or ignore file that is a FIFO or /dev/zero is refused at once with
 * its path (never a hang or an out-of-memory crash); backtracking and over-long ignore
 * globs are matched in bounded time or skipped with their file and line (never an internal
 * error); `preview` opens an existing file whose name holds '#'.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, parseJson, runCli, useTempTrees } from '../cli/cli-harness.js';

const tempTree = useTempTrees();
const CATALOG = '---\nbrand: Northwind\n---\n\n# Replies\n\n## Hello\n\nNorthwind: Your order shipped. Call (888) 412-7730.\n';

function fifo(path: string): void {
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
}

describe('special files are checked before they are read (item 8)', () => {
  it.each([
    ['-c FIFO', (dir: string) => fifo(join(dir, 'cfg.json')), ['-c', 'cfg.json', 'a.sms.md'], /cfg\.json.*not a regular file/s],
    ['-c /dev/zero', () => undefined, ['-c', '/dev/zero', 'a.sms.md'], /\/dev\/zero.*not a regular file/s],
    ['preview --data FIFO', (dir: string) => fifo(join(dir, 'data.json')), ['preview', 'a.sms.md', '--data', 'data.json'], /Cannot read --data .*data\.json: not a regular file/],
    ['preview --data /dev/zero', () => undefined, ['preview', 'a.sms.md', '--data', '/dev/zero'], /Cannot read --data \/dev\/zero: not a regular file/],
  ])('%s: refused with a located error, exit 2, at once', async (_label, setup, args, message) => {
    const t = tempTree({ 'a.sms.md': CATALOG });
    setup(t.dir);
    const started = performance.now();
    const run = await runCli(args, { cwd: t.dir });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).toMatch(message);
    expect(run.stderr).not.toContain('internal error');
  }, 30_000);

  it('a .gitignore FIFO, a .smslintignore and a discovered smslint.config.json leading to /dev/zero are skipped like absent ones', async () => {
    const t = tempTree({ 'a.sms.md': CATALOG });
    fifo(join(t.dir, '.gitignore'));
    symlinkSync('/dev/zero', join(t.dir, '.smslintignore'));
    symlinkSync('/dev/zero', join(t.dir, 'smslint.config.json'));
    const run = await runCli(['--format', 'json'], { cwd: t.dir });
    expect(run.code).toBe(0);
    expect(parseJson(run.stdout).results.map((r) => r.filePath)).toEqual(['a.sms.md']);
  }, 30_000);
});

describe('stdin that never ends (a sibling of item 8)', () => {
  it.each([[['-']], [['count', '-']], [['--fix', '-', '--stdin-filename', 'a.sms.md']]])('smslint %j < /dev/zero stops at the size limit with exit 2', async (args) => {
    const t = tempTree({});
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, ...args], { cwd: t.dir, stdio: [openSync('/dev/zero', 'r'), 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdout.resume();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(code).toBe(2);
    expect(stderr).toMatch(/stdin is too large \(over 5242880 bytes/);
  }, 30_000);
});

describe('ignore globs from the repository (item 11)', () => {
  it('`**/a/` × 9 over a 40-level tree, a 64K-character pattern and `a/**/` × 3,000: bounded time, skipped with file:line', async () => {
    const deep = Array.from({ length: 40 }, () => 'a').join('/');
    const t = tempTree({
      [`${deep}/x.sms.md`]: CATALOG,
      'top.sms.md': CATALOG,
      '.gitignore': [`${'**/a/'.repeat(9)}b`, 'x'.repeat(65_536), `${'a/**/'.repeat(3_000)}b`, 'ignored.sms.md', ''].join('\n'),
      'ignored.sms.md': CATALOG,
      'smslint.config.json': JSON.stringify({ ignore: [`${'**/a/'.repeat(9)}c`, `${'a/**/'.repeat(3_000)}c`] }),
    });
    mkdirSync(join(t.dir, '.git'));
    const started = performance.now();
    const run = await runCli(['--format', 'json'], { cwd: t.dir });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(run.stderr).not.toContain('internal error');
    expect(run.stderr).toMatch(/\.gitignore:2: pattern too long \(65539 characters; the limit is 1024\); pattern skipped/);
    expect(run.stderr).toMatch(/\.gitignore:3: pattern too long/);
    // The over-long config glob is a located config error (exit 2); the rest of the config applies.
    expect(run.stderr).toMatch(/smslint\.config\.json.*\/ignore\/1/);
    expect(run.code).toBe(2);
    const linted = parseJson(run.stdout).results.map((r) => r.filePath).sort();
    expect(linted).toEqual([`${deep}/x.sms.md`, 'top.sms.md']);
  }, 60_000);
});

describe('preview of a file whose name holds # (item 13)', () => {
  it('opens promo#2.sms.md itself, and still reads file#id when no such file exists', async () => {
    const t = tempTree({ 'promo#2.sms.md': CATALOG, 'b.sms.md': CATALOG });
    const whole = await runCli(['preview', 'promo#2.sms.md'], { cwd: t.dir });
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain('promo#2.sms.md#hello');
    const byId = await runCli(['preview', 'b.sms.md#hello'], { cwd: t.dir });
    expect(byId.code).toBe(0);
    expect(byId.stdout).toContain('b.sms.md#hello');
    writeFileSync(join(t.dir, 'unused'), '');
  });
});
