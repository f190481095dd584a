import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN_CATALOG, CURLY_CATALOG, DUPLICATE_CATALOG, parseJson, runCli, useTempTrees } from './cli-harness.js';

const tempTree = useTempTrees();
const tree = (files: Record<string, string | Buffer>) => tempTree(files).dir;

const linted = (stdout: string) => parseJson(stdout).results.map((r) => r.filePath);

describe('smslint (lint command)', () => {
  it('lints **/*.sms.md and **/*.sms under the working folder by default, in sorted order', async () => {
    const dir = tree({
      'b/replies.sms.md': CLEAN_CATALOG,
      'a/one.sms': 'Northwind: Thanks, we got your message. Call (888) 412-7730 or reply AGENT.\n',
      'notes.md': '# not a template\n',
      'README.txt': 'x',
    });
    const run = await runCli(['--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(linted(run.stdout)).toEqual(['a/one.sms', 'b/replies.sms.md']);
  });

  it('treats a folder argument as the default globs under it, and accepts globs', async () => {
    const dir = tree({ 'x/a.sms.md': CLEAN_CATALOG, 'y/b.sms.md': CLEAN_CATALOG, 'y/c.md': CLEAN_CATALOG });
    expect(linted((await runCli(['x', '--format', 'json'], { cwd: dir })).stdout)).toEqual(['x/a.sms.md']);
    expect(linted((await runCli(['y/*.md', '--format', 'json'], { cwd: dir })).stdout)).toEqual(['y/b.sms.md', 'y/c.md']);
    expect(linted((await runCli(['**/*.sms.md', '!x/**', '--format', 'json'], { cwd: dir })).stdout)).toEqual(['y/b.sms.md']);
  });

  it('honours .gitignore, .smslintignore (nested too) and config ignore', async () => {
    const dir = tree({
      '.gitignore': 'build/\n',
      '.smslintignore': 'drafts/*.sms.md\n',
      'smslint.config.json': JSON.stringify({ root: true, ignore: ['legacy/**'] }),
      'keep.sms.md': CLEAN_CATALOG,
      'build/out.sms.md': CLEAN_CATALOG,
      'drafts/wip.sms.md': CLEAN_CATALOG,
      'legacy/old.sms.md': CLEAN_CATALOG,
      'nested/.gitignore': 'secret.sms.md\n',
      'nested/secret.sms.md': CLEAN_CATALOG,
      'nested/open.sms.md': CLEAN_CATALOG,
      'node_modules/pkg/x.sms.md': CLEAN_CATALOG,
    });
    const run = await runCli(['--format', 'json'], { cwd: dir });
    expect(linted(run.stdout)).toEqual(['keep.sms.md', 'nested/open.sms.md']);
    const all = await runCli(['--format', 'json', '--no-ignore'], { cwd: dir });
    expect(linted(all.stdout)).toEqual([
      'build/out.sms.md',
      'drafts/wip.sms.md',
      'keep.sms.md',
      'legacy/old.sms.md',
      'nested/open.sms.md',
      'nested/secret.sms.md',
    ]);
  });

  it('prints stylish output with a file header, aligned rows and a summary; exit 0 for warnings only', async () => {
    const dir = tree({ 'replies.sms.md': CURLY_CATALOG });
    const run = await runCli([], { cwd: dir });
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('replies.sms.md');
    const row = lines.find((l) => l.includes('ucs2-character'));
    expect(row).toMatch(/^ {2}10:14 {2}warning {2}’ forces UCS-2: .*RIGHT SINGLE QUOTATION MARK.* {2}ucs2-character$/);
    expect(run.stdout).toMatch(/✖ \d+ problems? \(0 errors, \d+ warnings?\) in 1 file/);
    expect(run.stdout).toContain('fixable with the `--fix` option');
  });

  it('reports a clean run and exits 0', async () => {
    const dir = tree({ 'replies.sms.md': CLEAN_CATALOG });
    const run = await runCli([], { cwd: dir });
    expect(run.stdout).toContain('✔ 1 file checked, no problems');
    expect(run.code).toBe(0);
  });

  it('exits 1 on errors; --rule can turn a rule off', async () => {
    const dir = tree({ 'dup.sms.md': DUPLICATE_CATALOG });
    const run = await runCli(['--format', 'json'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = parseJson(run.stdout);
    expect(report.results[0].messages.some((m) => m.ruleId === 'duplicate-template-id' && m.severity === 'error')).toBe(true);
    expect(report.errorCount).toBeGreaterThan(0);
    const off = await runCli(['--rule', 'duplicate-template-id:off', '--format', 'json'], { cwd: dir });
    expect(parseJson(off.stdout).results[0].messages.some((m) => m.ruleId === 'duplicate-template-id')).toBe(false);
  });

  it('--max-warnings turns too many warnings into exit 1; --quiet drops warnings', async () => {
    const dir = tree({ 'replies.sms.md': CURLY_CATALOG });
    const strict = await runCli(['--max-warnings', '0'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('too many warnings');
    expect((await runCli(['--max-warnings', '50'], { cwd: dir })).code).toBe(0);
    const quiet = await runCli(['--quiet', '--format', 'json'], { cwd: dir });
    expect(parseJson(quiet.stdout).results[0].messages.every((m) => m.severity === 'error')).toBe(true);
    expect(parseJson(quiet.stdout).warningCount).toBe(0);
  });

  it('--rule raises a severity and rejects unknown rules and bad syntax with exit 2', async () => {
    const dir = tree({ 'replies.sms.md': CURLY_CATALOG });
    const raised = await runCli(['--rule', 'ucs2-character:error'], { cwd: dir });
    expect(raised.code).toBe(1);
    const unknown = await runCli(['--rule', 'no-such-rule:error'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown rule "no-such-rule"');
    const bad = await runCli(['--rule', 'ucs2-character'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--rule needs id:severity');
  });

  it('honours inline smslint-disable comments unless --no-inline-config', async () => {
    const disabled = CURLY_CATALOG.replace('## Welcome\n', '## Welcome\n\n<!-- smslint-disable ucs2-character -->\n');
    const dir = tree({ 'replies.sms.md': disabled });
    const on = parseJson((await runCli(['--format', 'json'], { cwd: dir })).stdout);
    expect(on.results[0].messages.some((m) => m.ruleId === 'ucs2-character')).toBe(false);
    const off = parseJson((await runCli(['--format', 'json', '--no-inline-config'], { cwd: dir })).stdout);
    expect(off.results[0].messages.some((m) => m.ruleId === 'ucs2-character')).toBe(true);
  });

  it('lints stdin with --stdin-filename deciding the format', async () => {
    const dir = tree({});
    const run = await runCli(['-', '--stdin-filename', 'reply.sms.md', '--format', 'json'], { cwd: dir, input: CURLY_CATALOG });
    const report = parseJson(run.stdout);
    expect(report.results[0].filePath).toBe('reply.sms.md');
    expect(report.results[0].templates.map((t) => t.id)).toEqual(['welcome']);
    expect(report.results[0].messages.find((m) => m.ruleId === 'ucs2-character')?.line).toBe(10);
  });

  it('exits 2 with a message naming the file for an invalid config', async () => {
    const dir = tree({ 'smslint.config.json': '{ "rules": { "ucs2-character": "loud" } }', 'a.sms.md': CLEAN_CATALOG });
    const run = await runCli([], { cwd: dir });
    expect(run.code).toBe(2);
    // file:line:col of the bad value, then its JSON pointer: an editor can jump there.
    expect(run.stderr).toContain('invalid config smslint.config.json:1:32 at /rules/ucs2-character: ');
    const broken = tree({ 'smslint.config.json': '{\n  "kind": "support",\n  "rules": ', 'a.sms.md': CLEAN_CATALOG });
    const run2 = await runCli([], { cwd: broken });
    expect(run2.code).toBe(2);
    expect(run2.stderr).toMatch(/invalid config smslint\.config\.json:3:12: /);
    const wrongType = tree({ 'smslint.config.json': '{\n  "kind": 5\n}\n', 'a.sms.md': CLEAN_CATALOG });
    const run3 = await runCli([], { cwd: wrongType });
    expect(run3.stderr).toContain('invalid config smslint.config.json:2:11 at /kind: must be');
  });

  it('--config uses exactly that file; a missing one is exit 2', async () => {
    const dir = tree({ 'strict.json': JSON.stringify({ root: true, rules: { 'ucs2-character': 'error' } }), 'a.sms.md': CURLY_CATALOG });
    expect((await runCli([], { cwd: dir })).code).toBe(0);
    expect((await runCli(['--config', 'strict.json'], { cwd: dir })).code).toBe(1);
    const missing = await runCli(['--config', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Config file not found: nope.json');
  });

  it('--print-config prints the merged config for a file', async () => {
    const dir = tree({ 'smslint.config.json': JSON.stringify({ root: true, brand: 'Northwind', rules: { 'ucs2-character': 'error' } }), 'a.sms.md': CLEAN_CATALOG });
    const run = await runCli(['--print-config', 'a.sms.md'], { cwd: dir });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.settings.brand).toEqual({ value: 'Northwind', from: 'smslint.config.json' });
    expect(printed.rules['ucs2-character'].severity.support).toBe('error');
  });

  it('--init writes a starter config with $schema pointing at the schema in node_modules, and refuses to overwrite', async () => {
    const schema = 'node_modules/@smslint/core/schema/smslint.config.schema.json';
    const dir = tree({ [schema]: '{}', 'app/templates/.keep': '' });
    const run = await runCli(['--init'], { cwd: dir });
    expect(run.code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'smslint.config.json'), 'utf8'));
    expect(config.$schema).toBe(`./${schema}`);
    expect(config.root).toBe(true);
    // From a subfolder: a relative path up to the project's node_modules, never a URL.
    await runCli(['--init'], { cwd: join(dir, 'app/templates') });
    expect(JSON.parse(readFileSync(join(dir, 'app/templates/smslint.config.json'), 'utf8')).$schema).toBe(`../../${schema}`);
    // Without a local install there is no $schema to point at: none is written, and the output says so.
    const bare = tree({});
    const noSchema = await runCli(['--init'], { cwd: bare });
    expect(JSON.parse(readFileSync(join(bare, 'smslint.config.json'), 'utf8')).$schema).toBeUndefined();
    expect(noSchema.stdout).toContain('No "$schema"');
    // The written config is valid: linting with it reports no config error.
    expect((await runCli(['--print-config', 'x.sms.md'], { cwd: dir })).code).toBe(0);
    const again = await runCli(['--init'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('--output-file writes the report there instead of stdout', async () => {
    const dir = tree({ 'a.sms.md': CURLY_CATALOG });
    const run = await runCli(['--format', 'json', '--output-file', 'report.json'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(parseJson(readFileSync(join(dir, 'report.json'), 'utf8')).results).toHaveLength(1);
  });

  it('prints --version and --help; usage errors exit 2', async () => {
    const dir = tree({});
    const pkg = JSON.parse(readFileSync(new URL('../../packages/cli/package.json', import.meta.url), 'utf8'));
    expect((await runCli(['--version'], { cwd: dir })).stdout.trim()).toBe(pkg.version);
    const help = await runCli(['--help'], { cwd: dir });
    for (const flag of ['--format', '--fix-dry-run', '--max-warnings', '--cache-location', 'count', 'inspect', 'preview', 'new']) {
      expect(help.stdout).toContain(flag);
    }
    const bad = await runCli(['--frobnicate'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--help');
    expect((await runCli(['--format', 'xml'], { cwd: dir })).code).toBe(2);
    expect((await runCli(['--max-warnings', 'lots'], { cwd: dir })).code).toBe(2);
  });

  it('reports a missing path as a read error (exit 2) and still lints the rest', async () => {
    const dir = tree({ 'a.sms.md': CLEAN_CATALOG });
    const run = await runCli(['a.sms.md', 'missing.sms.md', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(2);
    const report = parseJson(run.stdout);
    expect(report.results.map((r) => r.filePath)).toEqual(['a.sms.md', 'missing.sms.md']);
    expect(report.results[1].messages[0].ruleId).toBe('read-error');
  });

  it('gives the same results, in sorted order, with a worker pool as on one thread', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 130; i++) files[`d${i % 7}/f${i}.sms.md`] = i % 3 === 0 ? CURLY_CATALOG : i % 5 === 0 ? DUPLICATE_CATALOG : CLEAN_CATALOG;
    const dir = tree(files);
    const single = await runCli(['--format', 'json'], { cwd: dir, env: { SMSLINT_WORKERS: '0' } });
    const pooled = await runCli(['--format', 'json'], { cwd: dir, env: { SMSLINT_WORKERS: '2' } });
    const auto = await runCli(['--format', 'json'], { cwd: dir });
    expect(parseJson(single.stdout).results).toHaveLength(130);
    expect(pooled.stdout).toBe(single.stdout);
    expect(auto.stdout).toBe(single.stdout);
    expect(pooled.code).toBe(single.code);
    const paths = parseJson(single.stdout).results.map((r) => r.filePath);
    expect(paths).toEqual([...paths].sort());
  });
});
