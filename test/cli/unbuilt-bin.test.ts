import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, useTempTrees } from './cli-harness.js';

const tree = useTempTrees();

describe('bin/smslint.js without its bundle', () => {
  it('says how to build it (exit 2) instead of a module-not-found stack trace', () => {
    // A copy of the package as a checkout where only `tsc -b` ran: bin/ without bundle/.
    const { dir } = tree({ 'package.json': '{ "name": "smslint", "type": "module" }' });
    mkdirSync(join(dir, 'bin'));
    copyFileSync(BIN, join(dir, 'bin', 'smslint.js'));
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'smslint.js'), '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('smslint: this copy is not built (packages/cli/bundle/ is missing); run `npm run build`.\n');
  });
});
