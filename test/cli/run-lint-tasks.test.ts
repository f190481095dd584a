import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// The built pool (npm test builds first): its worker threads load dist/lint/lint-worker.js,
// which only exists as JavaScript.
import { runLintTasks } from '../../packages/cli/dist/lint/run-lint-tasks.js';
import { type CpuSample, MIN_FILES_PER_LANE } from '../../packages/cli/src/lint/lane-count.js';
import type { LintSettings } from '../../packages/cli/src/lint/lint-settings.js';
import { CLEAN_CATALOG, CURLY_CATALOG, useTempTrees } from './cli-harness.js';

const tree = useTempTrees();

/** A fake machine whose cores were idle for `idleShare` of the time between two samples. */
function machine(idleShare: number, cores = 2): () => CpuSample {
  let calls = 0;
  return () => {
    const total = calls++ * 1000 * cores;
    return { idle: total * idleShare, total, cores, usable: cores };
  };
}

function lintTree(fileCount: number) {
  const files: Record<string, string> = {};
  for (let i = 0; i < fileCount; i++) files[`t${String(i).padStart(4, '0')}.sms.md`] = i % 4 === 0 ? CURLY_CATALOG : CLEAN_CATALOG;
  const { dir } = tree(files);
  const paths = Object.keys(files).map((name) => join(dir, name));
  const settings: LintSettings = { cwd: dir, inlineConfig: true, ignore: true, ruleOverrides: {}, fix: 'off', cache: false, fingerprints: false, costs: false, version: 'test' };
  return { paths, settings };
}

describe('runLintTasks lanes', () => {
  it('adds a worker after the first batch when a core sat idle, with the same results in the same order', async () => {
    const { paths, settings } = lintTree(2 * MIN_FILES_PER_LANE + 50);
    const started: number[] = [];
    const pooled = await runLintTasks(paths, settings, new Map(), { sampleCpu: machine(0.5), onWorkersStarted: (n) => started.push(n) });
    const single = await runLintTasks(paths, settings, new Map(), { workers: 0 });
    expect(started).toEqual([1]);
    expect(pooled).toEqual(single);
    expect(pooled.map((o) => (o.kind === 'report' ? o.report.absolutePath : o.absolutePath))).toEqual(paths);
  });

  it('stays on the main thread when the cores were busy, or when the run is small', async () => {
    const { paths, settings } = lintTree(2 * MIN_FILES_PER_LANE + 50);
    const started: number[] = [];
    const busy = await runLintTasks(paths, settings, new Map(), { sampleCpu: machine(0.1), onWorkersStarted: (n) => started.push(n) });
    expect(busy).toHaveLength(paths.length);
    const small = paths.slice(0, 2 * MIN_FILES_PER_LANE - 1);
    expect(await runLintTasks(small, settings, new Map(), { sampleCpu: machine(1), onWorkersStarted: (n) => started.push(n) })).toHaveLength(small.length);
    expect(started).toEqual([]);
  });
});
