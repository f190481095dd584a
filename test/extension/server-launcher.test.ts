/**
 * The server launcher (issue 18, first impression): it runs the bundled server as a
 * CommonJS module, from a V8 code cache once one is written, and a changed bundle never
 * uses the cache of another (the cache is named by the bundle's hash).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { launchServer } from '../../extension/src/server-launcher.js';

const runs = () => ((globalThis as { __smslintLaunched?: string[] }).__smslintLaunched ??= []);
const tick = () => new Promise((resolve) => setTimeout(resolve, 50));
// A stand-in for dist/server.js: CommonJS, uses require, module and __filename.
const server = (marker: string) =>
  `(globalThis.__smslintLaunched ??= []).push(require('node:path').basename(__filename) + ':' + typeof module.exports + ':${marker}');\n`;

describe('server launcher', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    runs().length = 0;
  });

  it('runs the server, writes a code cache, then starts from it; a changed server gets its own cache', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'smslint-launcher-'));
    const file = path.join(dir, 'server.js');
    const cache = path.join(dir, 'cache');
    mkdirSync(cache);
    writeFileSync(file, server('v1'));
    expect(launchServer(file, cache, 0)).toBe('miss');
    await tick();
    const [first, ...others] = readdirSync(cache);
    expect(others).toEqual([]);
    expect(first).toMatch(/^server-[0-9a-f]{16}\.cache$/);
    expect(launchServer(file, cache, 0)).toBe('hit');

    writeFileSync(file, server('v2'));
    expect(launchServer(file, cache, 0)).toBe('miss');
    await tick();
    expect(readdirSync(cache)).toHaveLength(1);
    expect(readdirSync(cache)[0]).not.toBe(first);
    expect(runs()).toEqual(['server.js:object:v1', 'server.js:object:v1', 'server.js:object:v2']);
  });

  it('without a cache folder, or with one it cannot write, the server still starts', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'smslint-launcher-'));
    const file = path.join(dir, 'server.js');
    writeFileSync(file, server('plain'));
    expect(launchServer(file, undefined)).toBe('off');
    const missing = path.join(dir, 'no-such-folder');
    expect(launchServer(file, missing, 0)).toBe('miss');
    await tick();
    expect(runs()).toEqual(['server.js:object:plain', 'server.js:object:plain']);
  });
});
