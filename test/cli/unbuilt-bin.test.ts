import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, useTempTrees } from './cli-harness.js';

const tree = useTempTrees();
const SERVER_BIN = fileURLToPath(new URL('../../packages/language-server/bin/smslint-language-server.js', import.meta.url));
const CORE = fileURLToPath(new URL('../../packages/core', import.meta.url));

describe('the bins without their bundle (a checkout where only `tsc -b` ran)', () => {
  it.each([
    ['smslint', BIN, ['--version'], 'smslint: this copy is not built (packages/cli/bundle/ is missing); run `npm run build`.\n'],
    [
      'smslint-language-server',
      SERVER_BIN,
      ['--stdio'],
      'smslint-language-server: this copy is not built (packages/language-server/bundle/ is missing); run `npm run build`.\n',
    ],
  ])('%s says how to build it (exit 2) instead of a module-not-found stack trace', (_name, bin, args, message) => {
    const { dir } = tree({ 'package.json': '{ "type": "module" }' });
    mkdirSync(join(dir, 'bin'));
    copyFileSync(bin, join(dir, 'bin', 'launcher.js'));
    // The CLI's launcher compiles its bundle through @smslint/core/load-bundle (plain JS, there unbuilt too).
    mkdirSync(join(dir, 'node_modules', '@smslint'), { recursive: true });
    symlinkSync(CORE, join(dir, 'node_modules', '@smslint', 'core'), 'dir');
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'launcher.js'), ...args], { encoding: 'utf8', input: '' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(message);
  });
});
