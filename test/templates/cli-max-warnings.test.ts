import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { listTemplateFiles, REPO_ROOT } from './library-catalogs.js';

// The CLI runs from its build output, like `npx smslint` (`npm test` builds first).
const BIN = path.join(REPO_ROOT, 'packages', 'cli', 'bin', 'smslint.js');
const BUILT = path.join(REPO_ROOT, 'packages', 'cli', 'dist', 'main.js');

it('`smslint templates --max-warnings 0` passes on the library', () => {
  expect(existsSync(BUILT), 'build the CLI first: npx tsc -b').toBe(true);
  const run = spawnSync(process.execPath, [BIN, 'templates', '--max-warnings', '0', '--format', 'json'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(run.stderr).toBe('');
  expect(run.status, run.stdout).toBe(0);
  const report = JSON.parse(run.stdout) as { results: { filePath: string }[]; errorCount: number; warningCount: number };
  expect(report.errorCount).toBe(0);
  expect(report.warningCount).toBe(0);
  // Every template file was linted, including those in subfolders.
  expect(report.results.map((r) => path.resolve(REPO_ROOT, r.filePath)).sort()).toEqual(listTemplateFiles());
});
