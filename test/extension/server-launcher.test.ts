/**
 * The server launcher (issue 18, first impression): it runs the bundled server as a
 * CommonJS module through the shared V8 code cache (@smslint/core/load-bundle), saved a while
 * after the start; a changed bundle never uses the cache of another.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchServer } from '../../extension/src/server-launcher.js';

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
});
