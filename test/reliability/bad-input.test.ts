/**
 * The bad-input catalogue (docs/bad-input.md): one test per row, driving the real CLI
 * binary (and the core where the input cannot exist as a UTF-8 file). Every run must end
 * on its own, report the problem at a location, keep linting the good file next to it,
 * and write nothing (the tree's checksum is the same before and after).
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, openSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '@smslint/core';
import { BIN, CURLY_CATALOG, parseJson, useTempTrees, type JsonReport } from '../cli/cli-harness.js';
import { snapshotTree } from './tree-snapshot.js';

const tempTree = useTempTrees();

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
/** As root, `setpriv` can drop the capabilities that let root read a chmod 000 file. */
const canDropReadOverride = (() => {
  try {
    execFileSync('setpriv', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
/** No run of a row may take longer than this: a hang is a failure, not a slow test. */
const HANG_MS = 45_000;

interface Run {
  code: number | null;
  hung: boolean;
  stdout: string;
  stderr: string;
  report: JsonReport | null;
}

/** `smslint --format json …args` in `dir`, killed after HANG_MS; checks the tree is untouched. */
async function lint(dir: string, args: string[] = [], honourPermissions = false): Promise<Run> {
  const before = snapshotTree(dir);
  const command = [process.execPath, BIN, '--format', 'json', ...args];
  if (honourPermissions && isRoot) command.unshift('setpriv', '--bounding-set', '-dac_override,-dac_read_search');
  const run = await new Promise<Run>((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', CI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let hung = false;
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, HANG_MS);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdout = Buffer.concat(out).toString('utf8');
      let report: JsonReport | null = null;
      try {
        report = parseJson(stdout);
      } catch {
        report = null;
      }
      resolve({ code, hung, stdout, stderr: Buffer.concat(err).toString('utf8'), report });
    });
  });
  expect(run.hung, `smslint ${args.join(' ')} did not finish within ${HANG_MS} ms`).toBe(false);
  expect(snapshotTree(dir)).toEqual(before);
  return run;
}

function messagesOf(run: Run, file: string) {
  const result = run.report?.results.find((r) => r.filePath === file);
  expect(result, `${file} is in the report`).toBeDefined();
  return result?.messages ?? [];
}

function readError(run: Run, file: string): { message: string; line: number } {
  const messages = messagesOf(run, file);
  expect(messages.map((m) => m.ruleId)).toEqual(['read-error']);
  return { message: messages[0].message, line: messages[0].line };
}

/** The good neighbour is linted normally whatever happens to the bad file. */
function neighbourLinted(run: Run): void {
  expect(messagesOf(run, 'good.sms.md').some((m) => m.ruleId === 'ucs2-character')).toBe(true);
}

function tree(files: Record<string, string | Buffer>) {
  const t = tempTree({ 'good.sms.md': CURLY_CATALOG, ...files });
  return t;
}

describe('bad input: unreadable content', () => {
  it('binary file (NUL bytes): read-error with the byte offset and line', async () => {
    const t = tree({ 'bin.sms.md': Buffer.concat([Buffer.from('## Hi\n\nHello\n'), Buffer.from([0x00, 0x89, 0x50, 0x4e, 0x47])]) });
    const run = await lint(t.dir);
    expect(readError(run, 'bin.sms.md')).toEqual({ message: expect.stringContaining('binary file (NUL byte at byte offset 13)'), line: 4 });
    neighbourLinted(run);
    expect(run.code).toBe(2);
  });

  it('invalid UTF-8: read-error with the byte offset, the byte and the line', async () => {
    const t = tree({ 'latin1.sms.md': Buffer.from('## Caf\xe9\n\nHello\n', 'latin1') });
    const run = await lint(t.dir);
    expect(readError(run, 'latin1.sms.md')).toEqual({ message: expect.stringMatching(/invalid UTF-8 at byte offset 6 \(line 1\): byte 0xe9/), line: 1 });
    neighbourLinted(run);
    expect(run.code).toBe(2);
  });

  it('UTF-16 files with a BOM (both byte orders): read-error asking to re-save as UTF-8', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('## Hi\n\nHello\n', 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    const t = tree({ 'le.sms.md': le, 'be.sms.md': Buffer.concat([Buffer.from([0xfe, 0xff]), be]) });
    const run = await lint(t.dir);
    expect(readError(run, 'le.sms.md').message).toContain('UTF-16 (little-endian) encoded file; smslint reads UTF-8 only');
    expect(readError(run, 'be.sms.md').message).toContain('UTF-16 (big-endian)');
    neighbourLinted(run);
  });

  it('a 50 MB file: refused by size before it is read (read-error), the run goes on', async () => {
    const t = tree({});
    // A sparse file: 50 MB by size, no disk or memory spent making it.
    const fd = openSync(join(t.dir, 'huge.sms.md'), 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const run = await lint(t.dir);
    expect(readError(run, 'huge.sms.md').message).toContain('file too large (52428800 bytes; the limit is 5242880 bytes)');
    neighbourLinted(run);
  });

  it('lone surrogates: impossible in UTF-8 (CESU-8 bytes are invalid UTF-8); in editor text they are linted', async () => {
    const cesu = Buffer.concat([Buffer.from('## Hi\n\nHello '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('\n')]);
    const t = tree({ 'cesu.sms.md': cesu });
    const run = await lint(t.dir);
    expect(readError(run, 'cesu.sms.md').message).toMatch(/invalid UTF-8 at byte offset 13 \(line 3\): byte 0xed/);
    // The language server receives UTF-16 text, where a lone surrogate can exist: it is a
    // UCS-2 character like any other, located on its own code unit.
    const text = '## Hi\n\nNorthwind: hello \uD800 and \uDC00 there. Call (888) 412-7730.\n';
    const findings = lintText(text, { filePath: 'doc.sms.md' }).findings.filter((f) => f.ruleId === 'ucs2-character');
    expect(findings.map((f) => text.slice(f.range.start, f.range.end))).toEqual(['\uD800', '\uDC00']);
  });

  it('NUL bytes inside text: binary read-error from a file; plain text to the core (editor buffers)', async () => {
    const t = tree({ 'nul.sms': Buffer.from('Northwind: line one\nline\u0000two\n') });
    const run = await lint(t.dir);
    expect(readError(run, 'nul.sms')).toEqual({ message: expect.stringContaining('NUL byte at byte offset 24'), line: 2 });
    const text = '## Hi\n\nNorthwind: a\u0000b. Call (888) 412-7730.\n';
    const result = lintText(text, { filePath: 'doc.sms.md' });
    expect(result.findings.some((f) => f.ruleId === 'ucs2-character' && text.slice(f.range.start, f.range.end) === '\u0000')).toBe(true);
  });
});

describe('bad input: structure', () => {
  it('100,000 templates in one catalog: all parsed and reported on, no crash', async () => {
    const sections: string[] = ['---\nbrand: Northwind\nkind: support\n---\n\n# Many\n'];
    for (let i = 0; i < 100_000; i++) sections.push(`## T${i}\n\nNorthwind: reply ${i} \u2019.\n`);
    const t = tree({ 'many.sms.md': sections.join('\n') });
    const run = await lint(t.dir, ['many.sms.md', 'good.sms.md']);
    const result = run.report?.results.find((r) => r.filePath === 'many.sms.md');
    expect(result?.templates).toHaveLength(100_000);
    expect(result?.messages.filter((m) => m.ruleId === 'ucs2-character')).toHaveLength(100_000);
    expect(result?.messages.some((m) => m.ruleId === 'read-error')).toBe(false);
    neighbourLinted(run);
  });

  it('unterminated front matter: parse-error at the opening line, the text is read as ordinary text', async () => {
    const t = tree({ 'open.sms.md': '---\nbrand: Northwind\n\n## Hi\n\nHello\n' });
    const run = await lint(t.dir);
    const problem = messagesOf(run, 'open.sms.md').find((m) => m.ruleId === 'parse-error');
    expect(problem).toMatchObject({ line: 1, column: 1, severity: 'error' });
    expect(problem?.message).toContain('no closing "---"');
    neighbourLinted(run);
    expect(run.code).toBe(1);
  });

  it('malformed YAML front matter: parse-error located inside the front matter', async () => {
    const t = tree({ 'yaml.sms.md': '---\nbrand: Northwind\nvariables: [unclosed\n---\n\n## Hi\n\nHello\n' });
    const run = await lint(t.dir);
    const problem = messagesOf(run, 'yaml.sms.md').find((m) => m.ruleId === 'parse-error');
    expect(problem?.line).toBeGreaterThanOrEqual(2);
    expect(problem?.line).toBeLessThanOrEqual(4);
    neighbourLinted(run);
  });

  it('YAML alias bomb (billion laughs): parse-error, no expansion, no hang', async () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const prev = String.fromCharCode(96 + level);
      bomb.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    bomb.push('---', '', '## Hi', '', 'Hello', '');
    const t = tree({ 'bomb.sms.md': bomb.join('\n') });
    const run = await lint(t.dir);
    const problem = messagesOf(run, 'bomb.sms.md').find((m) => m.ruleId === 'parse-error');
    expect(problem?.message).toContain('YAML aliases expand too far');
    expect(problem?.line).toBe(2);
    neighbourLinted(run);
  });

  it('malformed Handlebars: parse-error located in the body, the template is still listed', async () => {
    const t = tree({ 'hbs.sms.md': '## Hi\n\nNorthwind: {{#if x}}open {{name}\n\n## Two\n\nNorthwind: fine.\n' });
    const run = await lint(t.dir);
    const problems = messagesOf(run, 'hbs.sms.md').filter((m) => m.ruleId === 'parse-error');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((m) => m.line === 3 && m.templateId === 'hi')).toBe(true);
    neighbourLinted(run);
  });

  it('10,000 nested {{#if}} blocks: a located "nested too deep" problem, no stack overflow', async () => {
    const t = tree({ 'deep.sms.md': `## Deep\n\n${'{{#if a}}'.repeat(10_000)}x${'{{/if}}'.repeat(10_000)}\n` });
    const run = await lint(t.dir);
    const problem = messagesOf(run, 'deep.sms.md').find((m) => m.ruleId === 'parse-error');
    expect(problem?.message).toMatch(/nested more than \d+ levels/);
    expect(problem?.line).toBe(3);
    neighbourLinted(run);
  });

  it('a flat metadata comment holding a no-break space: a located problem, not an endless loop', async () => {
    // U+00A0 is whitespace to \s but not to the flat-metadata tokenizer's separator list.
    const t = tree({ 'nbsp.sms.md': '## Hi\n<!-- smslint:\u00a0kind=support -->\n\nNorthwind: hello.\n' });
    const run = await lint(t.dir);
    expect(messagesOf(run, 'nbsp.sms.md').some((m) => m.ruleId === 'parse-error' && m.line === 2)).toBe(true);
    neighbourLinted(run);
  });

  it('CRLF and CR-only line endings: linted with the same lines and columns as LF', async () => {
    const lf = CURLY_CATALOG;
    const t = tree({ 'crlf.sms.md': lf.replace(/\n/g, '\r\n'), 'cr.sms.md': lf.replace(/\n/g, '\r') });
    const run = await lint(t.dir);
    const where = (file: string) => messagesOf(run, file).map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn]);
    expect(where('crlf.sms.md')).toEqual(where('good.sms.md'));
    expect(where('cr.sms.md')).toEqual(where('good.sms.md'));
  });
});

describe('bad input: file system', () => {
  it('symbolic link loops (file and folder): read-error for the file, the folder cycle walked once', async () => {
    const t = tree({});
    symlinkSync('loop-b.sms.md', join(t.dir, 'loop-a.sms.md'));
    symlinkSync('loop-a.sms.md', join(t.dir, 'loop-b.sms.md'));
    mkdirSync(join(t.dir, 'nest'));
    symlinkSync('..', join(t.dir, 'nest', 'parent'));
    const run = await lint(t.dir);
    expect(readError(run, 'loop-a.sms.md').message).toContain('symbolic link loop (ELOOP)');
    // Given explicitly too.
    const explicit = await lint(t.dir, ['loop-b.sms.md', 'good.sms.md']);
    expect(readError(explicit, 'loop-b.sms.md').message).toContain('symbolic link loop');
    expect(run.report?.results.filter((r) => r.filePath.startsWith('nest/'))).toEqual([]);
    neighbourLinted(run);
  });

  // Root reads chmod 000 files; there the run drops CAP_DAC_OVERRIDE with setpriv, and the
  // row is skipped only when root has no setpriv (the FIFO row below still covers it).
  it.skipIf(isRoot && !canDropReadOverride)('unreadable file (chmod 000): read-error "permission denied"', async () => {
    const t = tree({ 'locked.sms.md': CURLY_CATALOG });
    chmodSync(join(t.dir, 'locked.sms.md'), 0);
    const run = await lint(t.dir, [], true);
    expect(readError(run, 'locked.sms.md').message).toContain('permission denied');
    neighbourLinted(run);
    chmodSync(join(t.dir, 'locked.sms.md'), 0o644);
  });

  it('unreadable as root: a FIFO named on the command line is refused, not waited on', async () => {
    // root reads chmod 000 files, so the unreadable row uses a file that cannot be read
    // as text: opening a FIFO for reading blocks until a writer comes, which never does.
    const t = tree({});
    execFileSync('mkfifo', [join(t.dir, 'pipe.sms.md')]);
    const run = await lint(t.dir, ['pipe.sms.md', 'good.sms.md']);
    expect(readError(run, 'pipe.sms.md').message).toContain('not a regular file');
    neighbourLinted(run);
    // Discovery never picks a FIFO up.
    const walked = await lint(t.dir);
    expect(walked.report?.results.map((r) => r.filePath)).toEqual(['good.sms.md']);
  });
});

describe('bad input: config', () => {
  it('wrong types and an unknown rule id: each reported with its JSON pointer, exit 2, linting goes on with defaults', async () => {
    const t = tree({
      'smslint.config.json': JSON.stringify({ rules: { 'text-speak': 'loud', 'no-such-rule': 'warn' }, maxSegments: 'two', kind: 5, region: 'mars' }),
    });
    const run = await lint(t.dir);
    expect(run.code).toBe(2);
    // file:line:col of the value, then its JSON pointer.
    expect(run.stderr).toContain('smslint.config.json:1:31 at /rules/no-such-rule: Unknown rule "no-such-rule"');
    expect(run.stderr).toContain('at /rules/text-speak');
    expect(run.stderr).toContain('at /maxSegments');
    expect(run.stderr).toContain('at /kind');
    expect(run.stderr).toContain('at /region');
    neighbourLinted(run);
  });

  it('invalid JSON config: reported with its location, exit 2, defaults apply', async () => {
    const t = tree({ 'smslint.config.json': '{\n  "rules": {\n    "text-speak": "warn",,\n  }\n}\n' });
    const run = await lint(t.dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/smslint\.config\.json:3:26: Invalid JSON/);
    neighbourLinted(run);
  });

  it('circular config roots (a symlinked folder pointing up): the walk ends, the config applies once', async () => {
    const t = tree({ 'smslint.config.json': JSON.stringify({ rules: { 'ucs2-character': 'error' } }) });
    mkdirSync(join(t.dir, 'sub'));
    symlinkSync('..', join(t.dir, 'sub', 'up'));
    const run = await lint(t.dir, ['sub/up/sub/up/sub/up/good.sms.md']);
    const messages = messagesOf(run, 'sub/up/sub/up/sub/up/good.sms.md');
    expect(messages.find((m) => m.ruleId === 'ucs2-character')?.severity).toBe('error');
    expect(run.code).toBe(1);
  });
});
