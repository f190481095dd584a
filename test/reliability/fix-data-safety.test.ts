/**
 * What --fix and report/cache writes must never do to the user's files (issue 17, items
 * 1–4, 6, 7, and -o into a missing folder): overwrite a concurrent edit, replace a device
 * or FIFO with a regular file, rewrite a read-only file, change a CR-only file's line
 * breaks, write a file the next run refuses, or split hard links.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFix } from '../../packages/cli/src/files/write-fix.js';
import { readSourceFile } from '../../packages/cli/src/files/read-source-file.js';
import { lineEndingStyle, restoreLineEndings } from '../../packages/cli/src/files/line-endings.js';
import { parseJson, runCli, useTempTrees } from '../cli/cli-harness.js';

const tempTree = useTempTrees();

/** A catalog with one fixable finding (a curly apostrophe → ASCII). */
const CURLY = '---\nbrand: Northwind\n---\n\n# Replies\n\n## Hello\n\nNorthwind: We\u2019re here. Call (888) 412-7730.\n';
const FIXED = CURLY.replace('\u2019', "'");

/** A marketing reply ending with a link: the opt-out fix inserts a line break before its sentence. */
const LINK_END = '---\nbrand: Northwind\nkind: marketing\n---\n\n# Promo\n\n## Sale\n\nNorthwind: Sale today https://northwind.example/sale\n';

describe('--fix never overwrites an edit made after the read (item 1)', () => {
  it('a changed size, or the same size and mtime with other bytes, is reported and left alone', async () => {
    const t = tempTree({ 'a.sms.md': CURLY, 'b.sms.md': CURLY });
    for (const [name, edit] of [
      ['a.sms.md', (text: string) => `${text}\n## Added by a colleague\n\nNorthwind: Thanks.\n`],
      ['b.sms.md', (text: string) => text.replace('Hello', 'Hullo')],
    ] as const) {
      const path = join(t.dir, name);
      const source = readSourceFile(path);
      if (!source.ok) throw new Error(source.message);
      const before = statSync(path);
      const edited = edit(CURLY);
      writeFileSync(path, edited); // someone saves while smslint lints
      utimesSync(path, before.atime, before.mtime); // even within the same mtime tick
      const failure = await writeFix(path, name, t.dir, source, FIXED);
      expect(failure).toMatch(/^Not fixed: .* changed on disk after smslint read it/);
      expect(readFileSync(path, 'utf8')).toBe(edited);
      expect(readdirSync(t.dir).filter((n) => n.endsWith('.smslint-tmp'))).toEqual([]);
    }
  });

  it('an unchanged file is written', async () => {
    const t = tempTree({ 'a.sms.md': CURLY });
    const path = join(t.dir, 'a.sms.md');
    const source = readSourceFile(path);
    if (!source.ok) throw new Error(source.message);
    expect(await writeFix(path, 'a.sms.md', t.dir, source, FIXED)).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe(FIXED);
  });
});

describe('report and cache files onto special files and missing folders (item 2, issue 15)', () => {
  it('-o into a FIFO writes into the pipe and leaves the FIFO a FIFO', async () => {
    const t = tempTree({ 'a.sms.md': CURLY });
    const fifo = join(t.dir, 'report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (d: Buffer) => chunks.push(d));
    const done = new Promise((resolve) => reader.on('close', resolve));
    const run = await runCli(['--format', 'json', '-o', 'report.fifo', 'a.sms.md'], { cwd: t.dir });
    await done;
    expect(run.stderr).toBe('');
    expect(parseJson(Buffer.concat(chunks).toString('utf8')).results[0].filePath).toBe('a.sms.md');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('-o and --cache-location onto a character device write to it and keep it a device', async () => {
    const t = tempTree({ 'a.sms.md': CURLY });
    const device = join(t.dir, 'null');
    // A private copy of /dev/null (needs CAP_MKNOD, as root in CI): never the machine's own.
    if (spawnSync('mknod', [device, 'c', '1', '3']).status !== 0) return;
    const run = await runCli(['-o', 'null', '--cache', '--cache-location', 'null', 'a.sms.md'], { cwd: t.dir });
    expect(run.code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(t.dir).sort()).toEqual(['a.sms.md', 'null']);
  });

  it('-o into a missing folder creates it; an impossible target is named in the error, never a temp file', async () => {
    const t = tempTree({ 'a.sms.md': CURLY, 'blocker': 'a file where a folder should be' });
    const ok = await runCli(['--format', 'sarif', '-o', 'out/nested/report.sarif', 'a.sms.md'], { cwd: t.dir });
    expect(ok.code).toBe(0);
    expect(JSON.parse(readFileSync(join(t.dir, 'out/nested/report.sarif'), 'utf8')).version).toBe('2.1.0');
    const bad = await runCli(['-o', 'blocker/report.txt', 'a.sms.md'], { cwd: t.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Cannot write --output-file blocker/report.txt');
    expect(bad.stderr).not.toContain('smslint-tmp');
  });
});

describe('--fix respects the file (items 3, 4, 7)', () => {
  it('a read-only (0444) file is reported as not writable and left as it is, with its findings', async () => {
    const t = tempTree({ 'ro.sms.md': CURLY, 'rw.sms.md': CURLY });
    chmodSync(join(t.dir, 'ro.sms.md'), 0o444);
    const run = await runCli(['--fix', '--format', 'json'], { cwd: t.dir });
    expect(run.code).toBe(2);
    const ro = parseJson(run.stdout).results.find((r) => r.filePath === 'ro.sms.md');
    expect(ro?.messages[0].message).toMatch(/^Not fixed: ro\.sms\.md is read-only \(mode 0444\)/);
    expect(ro?.messages.some((m) => m.ruleId === 'ucs2-character')).toBe(true);
    expect(readFileSync(join(t.dir, 'ro.sms.md'), 'utf8')).toBe(CURLY);
    expect(statSync(join(t.dir, 'ro.sms.md')).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(t.dir, 'rw.sms.md'), 'utf8')).toBe(FIXED);
  });

  it('a CR-only file gets CR line breaks from a fix, never an LF', async () => {
    const cr = LINK_END.replace(/\n/g, '\r');
    const t = tempTree({ 'cr.sms.md': cr });
    await runCli(['--fix'], { cwd: t.dir });
    const out = readFileSync(join(t.dir, 'cr.sms.md'), 'utf8');
    expect(out).not.toBe(cr);
    expect(out).toContain('https://northwind.example/sale\rReply STOP');
    expect(out).not.toContain('\n');
    expect(lineEndingStyle(cr)).toBe('cr');
    expect(restoreLineEndings('a\rb\nc', 'cr')).toBe('a\rb\rc');
  });

  it('a hard-linked file is not split: both names keep one content, and the refusal says why', async () => {
    const t = tempTree({ 'a.sms.md': CURLY });
    linkSync(join(t.dir, 'a.sms.md'), join(t.dir, 'other-name.txt'));
    const run = await runCli(['--fix', 'a.sms.md'], { cwd: t.dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Not fixed: a.sms.md has 2 hard links');
    expect(statSync(join(t.dir, 'a.sms.md')).ino).toBe(statSync(join(t.dir, 'other-name.txt')).ino);
    expect(readFileSync(join(t.dir, 'other-name.txt'), 'utf8')).toBe(readFileSync(join(t.dir, 'a.sms.md'), 'utf8'));
  });
});

describe('a fix never writes a file the next run refuses (item 6)', () => {
  it('a 4.6 MB catalog whose fixes would grow it past 5 MB is refused before writing, and the run stays bounded', async () => {
    let text = '---\nbrand: Northwind\nkind: marketing\n---\n\n# Promo\n\n';
    const parts: string[] = [text];
    for (let i = 0; text.length < 4.6 * 1024 * 1024; i++) {
      // Long bodies keep the template count (and the run time) down; each grows by its opt-out sentence.
      const part = `## Sale ${i}\n\nNorthwind: Sale ${i} on winter coats, boots and scarves in every store and online: https://northwind.example/s\n\n`;
      parts.push(part);
      text += part;
    }
    const t = tempTree({ 'big.sms.md': parts.join('') });
    const started = performance.now();
    const run = await runCli(['--fix', '--format', 'json'], { cwd: t.dir, env: { SMSLINT_WORKERS: '0' } });
    expect(performance.now() - started).toBeLessThan(110_000);
    expect(run.code).toBe(2);
    const messages = parseJson(run.stdout).results[0].messages;
    expect(messages[0].message).toMatch(/^Not fixed: the fixed big\.sms\.md would be over \d+ bytes, above the 5242880-byte limit/);
    expect(readFileSync(join(t.dir, 'big.sms.md'), 'utf8')).toBe(parts.join(''));
  }, 240_000);
});
