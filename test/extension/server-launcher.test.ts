/**
 * The server launcher (issue 18, first impression): it runs the bundled server as a
 * CommonJS module through the shared V8 code cache (@smslint/core/load-bundle), saved when the
 * server exits (also on a termination signal: a window reload stops the server within
 * seconds) or a given delay after the start; a changed bundle never uses the cache of another.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { launchServer } from '../../extension/src/server-launcher.js';
import { HEAP_FLAGS } from '../../packages/language-server/src/heap-tuning.js';

const runs = () => ((globalThis as { __smslintLaunched?: string[] }).__smslintLaunched ??= []);
const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
const caches = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.cache'));
// A stand-in for dist/server.js: CommonJS, uses require, module and __filename.
const server = (marker: string) =>
  `(globalThis.__smslintLaunched ??= []).push(require('node:path').basename(__filename) + ':' + typeof module.exports + ':${marker}');\n`;

describe('server launcher', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    runs().length = 0;
  });

  it('runs the server, saves a code cache after its delay, then starts from it; a changed server gets its own cache', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'smslint-launcher-'));
    const file = path.join(dir, 'server.js');
    const env = { SMSLINT_COMPILE_CACHE: path.join(dir, 'cache') };
    writeFileSync(file, server('v1'));
    expect(launchServer(file, env, 0)).toBe('missing');
    expect(caches(env.SMSLINT_COMPILE_CACHE)).toEqual([]);
    await tick();
    const [first, ...others] = caches(env.SMSLINT_COMPILE_CACHE);
    expect(others).toEqual([]);
    expect(first).toMatch(/^server\.js-[0-9a-f]{32}\.cache$/);
    expect(launchServer(file, env, 0)).toBe('used');

    writeFileSync(file, server('v2'));
    expect(launchServer(file, env, 0)).toBe('missing');
    await tick();
    expect(caches(env.SMSLINT_COMPILE_CACHE)).toHaveLength(2);
    expect(launchServer(file, env, 0)).toBe('used');
    expect(runs()).toEqual(['server.js:object:v1', 'server.js:object:v1', 'server.js:object:v2', 'server.js:object:v2']);
  });

  it('with the cache turned off, or a cache path that is not a folder, the server still starts', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'smslint-launcher-'));
    const file = path.join(dir, 'server.js');
    writeFileSync(file, server('plain'));
    expect(launchServer(file, { SMSLINT_DISABLE_COMPILE_CACHE: '1' })).toBe('off');
    writeFileSync(path.join(dir, 'not-a-folder'), 'x');
    expect(launchServer(file, { SMSLINT_COMPILE_CACHE: path.join(dir, 'not-a-folder') }, 0)).toBe('off');
    await tick();
    expect(runs()).toEqual(['server.js:object:plain', 'server.js:object:plain']);
  });

  it('as the forked process, saves the cache when the server is stopped by a signal, and the next start uses it under the server heap flags', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'smslint-launcher-'));
    // The launcher bundled as the extension ships it (extension/scripts/build.mjs), next to a stand-in server that keeps running.
    await build({
      entryPoints: [fileURLToPath(new URL('../../extension/src/server-launcher.ts', import.meta.url))],
      outfile: path.join(dir, 'server-launcher.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'silent',
    });
    // It sets the real server's heap flags first, as main.ts does (V8 flags are part of a code cache's validity).
    const flags = HEAP_FLAGS.map((flag) => `require('node:v8').setFlagsFromString(${JSON.stringify(flag)});`).join(' ');
    writeFileSync(path.join(dir, 'server.js'), `${flags} setInterval(() => undefined, 1000); process.stdout.write('listening\\n');\n`);
    const cacheDir = path.join(dir, 'cache');
    const start = () =>
      new Promise<{ stdout: string; code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
        const child = spawn(process.execPath, [path.join(dir!, 'server-launcher.js'), '--node-ipc'], {
          env: { ...process.env, SMSLINT_COMPILE_CACHE: cacheDir },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        child.stderr.on('data', (chunk) => reject(new Error(`stderr: ${chunk}`)));
        let stopped = false;
        child.stdout.on('data', (chunk) => {
          stdout += chunk;
          if (stopped || !stdout.includes('listening')) return;
          stopped = true;
          // Twice, as an impatient parent might: the second arrives while the first's exit writes the cache.
          child.kill('SIGTERM');
          child.kill('SIGTERM');
        });
        child.once('error', reject);
        child.once('exit', (code, signal) => resolve({ stdout, code, signal }));
      });
    const first = await start();
    expect(first.stdout).toBe('listening\nsmslint-language-server: V8 code cache missing\n');
    expect(first).toMatchObject({ code: 143, signal: null });
    expect(caches(cacheDir)).toHaveLength(1);
    const second = await start();
    expect(second.stdout).toBe('listening\nsmslint-language-server: V8 code cache used\n');
    expect(caches(cacheDir)).toHaveLength(1);
  });
});
