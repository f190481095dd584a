import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, CURLY_CATALOG, runCli, useTempTrees } from './cli-harness.js';

const LOADER = fileURLToPath(new URL('../../packages/core/load-bundle.js', import.meta.url));
const tree = useTempTrees();

/** A CommonJS bundle whose exports say which build ran (`value`). */
const bundleSource = (value: string) => `exports.value = ${JSON.stringify(value)};\nexports.twice = (n) => n * 2;\n`;

/** Load `bundle` through load-bundle.js in a fresh Node process; what happened to the cache and what ran. */
function load(bundle: string, env: Record<string, string>, nodeFlags: string[] = []): { cache: string; value: string } {
  const script = `import { loadBundle } from ${JSON.stringify(LOADER)};
const { exports, cache } = loadBundle(${JSON.stringify(bundle)});
console.log(JSON.stringify({ cache, value: exports.value, twice: exports.twice(21) }));`;
  const run = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, SMSLINT_DISABLE_COMPILE_CACHE: '', ...env },
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const result = JSON.parse(run.stdout) as { cache: string; value: string; twice: number };
  expect(result.twice).toBe(42);
  return result;
}

const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.cache'));

describe('the V8 code cache of the command bundle (@smslint/core/load-bundle)', () => {
  it('is written at exit of the first run and used by the next', () => {
    const { dir } = tree({ 'bundle/main.cjs': bundleSource('one') });
    const env = { SMSLINT_COMPILE_CACHE: join(dir, 'cache') };
    expect(load(join(dir, 'bundle/main.cjs'), env)).toMatchObject({ cache: 'missing', value: 'one' });
    expect(cacheFiles(join(dir, 'cache'))).toHaveLength(1);
    expect(load(join(dir, 'bundle/main.cjs'), env)).toMatchObject({ cache: 'used', value: 'one' });
  });

  it('never runs a stale cache: a rebuilt bundle of the same length gets its own file', () => {
    const { dir } = tree({ 'bundle/main.cjs': bundleSource('one') });
    const env = { SMSLINT_COMPILE_CACHE: join(dir, 'cache') };
    load(join(dir, 'bundle/main.cjs'), env);
    // V8's own check compares only the source length: the file name must tell builds apart.
    writeFileSync(join(dir, 'bundle/main.cjs'), bundleSource('two'));
    expect(load(join(dir, 'bundle/main.cjs'), env)).toMatchObject({ cache: 'missing', value: 'two' });
    expect(load(join(dir, 'bundle/main.cjs'), env)).toMatchObject({ cache: 'used', value: 'two' });
    expect(cacheFiles(join(dir, 'cache'))).toHaveLength(2);
  });

  it('falls back silently on a corrupt cache file, and replaces it', () => {
    const { dir } = tree({ 'bundle/main.cjs': bundleSource('one') });
    const env = { SMSLINT_COMPILE_CACHE: join(dir, 'cache') };
    load(join(dir, 'bundle/main.cjs'), env);
    const [file] = cacheFiles(join(dir, 'cache'));
    writeFileSync(join(dir, 'cache', file), Buffer.from('not a V8 code cache at all'));
    expect(load(join(dir, 'bundle/main.cjs'), env)).toMatchObject({ cache: 'rejected', value: 'one' });
    expect(load(join(dir, 'bundle/main.cjs'), env)).toMatchObject({ cache: 'used', value: 'one' });
  });

  it('keeps caches apart for different V8 flags (V8 would reject them, and they would overwrite each other)', () => {
    const { dir } = tree({ 'bundle/main.cjs': bundleSource('one') });
    const env = { SMSLINT_COMPILE_CACHE: join(dir, 'cache') };
    load(join(dir, 'bundle/main.cjs'), env);
    expect(load(join(dir, 'bundle/main.cjs'), env, ['--max-semi-space-size=32'])).toMatchObject({ cache: 'missing', value: 'one' });
    expect(load(join(dir, 'bundle/main.cjs'), env)).toMatchObject({ cache: 'used' });
  });

  it('reads and writes nothing when disabled, or when the folder is not private or not a folder', () => {
    const { dir } = tree({ 'bundle/main.cjs': bundleSource('one'), 'not-a-folder': 'x' });
    const bundle = join(dir, 'bundle/main.cjs');
    expect(load(bundle, { SMSLINT_COMPILE_CACHE: join(dir, 'off'), SMSLINT_DISABLE_COMPILE_CACHE: '1' })).toMatchObject({ cache: 'off', value: 'one' });
    expect(readdirSync(dir)).not.toContain('off');
    expect(load(bundle, { SMSLINT_COMPILE_CACHE: join(dir, 'not-a-folder') })).toMatchObject({ cache: 'off', value: 'one' });
    // A folder others may write to could hand V8 a planted cache: not used, not written.
    load(bundle, { SMSLINT_COMPILE_CACHE: join(dir, 'shared') });
    chmodSync(join(dir, 'shared'), 0o777);
    expect(load(bundle, { SMSLINT_COMPILE_CACHE: join(dir, 'shared') })).toMatchObject({ cache: 'off', value: 'one' });
  });

  it('the smslint command prints the same with and without its cache', async () => {
    const { dir } = tree({ 'replies.sms.md': CURLY_CATALOG });
    const env = { SMSLINT_COMPILE_CACHE: join(dir, '.cache') };
    const first = await runCli(['replies.sms.md', '--format', 'json'], { cwd: dir, env });
    expect(cacheFiles(join(dir, '.cache')).map((f) => f.replace(/-[0-9a-f]+\.cache$/, ''))).toEqual(['main.cjs']);
    const cached = await runCli(['replies.sms.md', '--format', 'json'], { cwd: dir, env });
    const uncached = await runCli(['replies.sms.md', '--format', 'json'], { cwd: dir, env: { ...env, SMSLINT_DISABLE_COMPILE_CACHE: '1' } });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).warningCount).toBeGreaterThan(0);
    expect(cached).toEqual(first);
    expect(uncached).toEqual(first);
    // The bin is the file the package declares.
    expect(JSON.parse(readFileSync(join(BIN, '../../package.json'), 'utf8')).bin.smslint).toBe('bin/smslint.js');
  });
});

describe('regex compilation in the smslint command', () => {
  it('compiles its regexes once, to machine code (no bytecode tier first)', () => {
    const { dir } = tree({ 'replies.sms.md': CURLY_CATALOG });
    const trace = (args: string[]) => spawnSync(process.execPath, ['--trace-regexp-tier-up', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const count = (out: string, what: string) => out.split('\n').filter((line) => line.includes(what)).length;
    // V8's default, as the trace shows it: bytecode first, machine code on the second run.
    const control = trace(['-e', 'const re = /a+b/; re.test("aab"); re.test("ab");']);
    expect(count(control.stdout, 'bytecode size')).toBeGreaterThan(0);
    expect(control.stdout).toMatch(/needs tier-up/);
    const lint = trace([BIN, 'replies.sms.md', '--format', 'json']);
    expect(lint.status).toBe(0);
    expect(lint.stdout).toContain('"warningCount"');
    // Only Node's own start-up regexes, compiled before bin/smslint.js sets the flag, get bytecode.
    expect(count(lint.stdout, 'native code size')).toBeGreaterThan(100);
    expect(count(lint.stdout, 'bytecode size')).toBeLessThan(10);
  });
});
