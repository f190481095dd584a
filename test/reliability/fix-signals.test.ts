/**
 * `--fix` interrupted by SIGINT / SIGTERM / SIGHUP at random moments (issue 17, item 5):
 * the run removes its own `.smslint-tmp` files before exiting with 128 + the signal
 * number, and every file is its original or its fully fixed version. A temp file left by a
 * SIGKILLed run (a dead pid) is removed by the next --fix run; another live run's is not.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, makeTree, runCli, useTempTrees } from '../cli/cli-harness.js';
import { propertySeed } from './property-runs.js';

const FILES = 240;
const RUNS = Number.parseInt(process.env.SMSLINT_SIGNAL_RUNS ?? '', 10) || 16;
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

function catalog(i: number): string {
  const body = (n: number) => `## Reply ${n}\n\nNorthwind: We\u2019re on case ${i}-${n}\u2026 Call (888) 412-7730 or reply AGENT.\n`;
  const text = `---\nbrand: Northwind\n---\n\n# Catalog ${i}\n\n${Array.from({ length: 1 + (i % 9) }, (_, n) => body(n)).join('\n')}`;
  return i % 4 === 1 ? text.replace(/\n/g, '\r\n') : text;
}

const files: Record<string, string> = {};
for (let i = 0; i < FILES; i++) files[`team-${i % 5}/area-${i % 4}/c${String(i).padStart(3, '0')}.sms.md`] = catalog(i);
const original = makeTree(files);
const fixedCopy = mkdtempSync(join(tmpdir(), 'smslint-signal-fixed-'));
const work = mkdtempSync(join(tmpdir(), 'smslint-signal-work-'));
afterAll(() => {
  original.dispose();
  rmSync(fixedCopy, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});
const tempTree = useTempTrees();

function allFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

function fixRun(cwd: string, signal?: { name: keyof typeof SIGNAL_EXIT; afterMs: number }, workers?: number): Promise<{ ms: number; code: number | null; killedBy: string | null; signalled: boolean }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const env = { ...process.env, ...(workers !== undefined ? { SMSLINT_WORKERS: String(workers) } : {}) };
    const child = spawn(process.execPath, [BIN, '--fix', '--format', 'json'], { cwd, stdio: 'ignore', env });
    let exited = false;
    const timer = signal ? setTimeout(() => !exited && child.kill(signal.name), signal.afterMs) : undefined;
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      exited = true;
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, code, killedBy: sig, signalled: sig !== null || (signal !== undefined && code === SIGNAL_EXIT[signal.name]) });
    });
  });
}

describe('--fix interrupted by signals', () => {
  it(`leaves no temp file and only original or fixed files, over ${RUNS} random signal times`, async () => {
    cpSync(original.dir, fixedCopy, { recursive: true });
    const clean = await fixRun(fixedCopy);
    const names = allFiles(original.dir);
    const before = new Map(names.map((f) => [f, readFileSync(join(original.dir, f))]));
    const after = new Map(names.map((f) => [f, readFileSync(join(fixedCopy, f))]));
    let interrupted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('SIGINT', 'SIGTERM', 'SIGHUP'),
        fc.double({ min: 0, max: 1.1, noNaN: true }),
        fc.constantFrom(undefined, 0, 1),
        async (name, fraction, workers) => {
          rmSync(work, { recursive: true, force: true });
          cpSync(original.dir, work, { recursive: true });
          const run = await fixRun(work, { name, afterMs: Math.floor(fraction * clean.ms) }, workers);
          if (run.signalled) {
            interrupted++;
            // Handled: 128 + the signal number. Before Node installs the handler (the first
            // milliseconds, when nothing is written yet) the default action ends the process.
            expect(run.code === SIGNAL_EXIT[name] || run.killedBy === name, `exit ${run.code} / ${run.killedBy}`).toBe(true);
          }
          const present = allFiles(work);
          expect(present.filter((f) => f.endsWith('.smslint-tmp')), `temp files after ${name} at ${fraction.toFixed(2)}`).toEqual([]);
          expect(present).toEqual(names);
          for (const f of names) {
            const content = readFileSync(join(work, f));
            expect(content.equals(before.get(f) as Buffer) || content.equals(after.get(f) as Buffer), `${f} is original or fixed`).toBe(true);
          }
        },
      ),
      { numRuns: RUNS, seed: propertySeed() },
    );
    // Most signals arrived while the run was working (else the test proves little).
    expect(interrupted).toBeGreaterThanOrEqual(RUNS / 2);
  }, 600_000);

  it('the next --fix removes temp files of dead runs it owns, and keeps a live run’s', async () => {
    const t = tempTree({ 'a/x.sms.md': catalog(1) });
    const dead = join(t.dir, 'a', '.x.sms.md.2147483646.deadbeef.smslint-tmp');
    const live = join(t.dir, 'a', `.x.sms.md.${process.pid}.cafebabe.smslint-tmp`);
    writeFileSync(dead, 'half-written');
    writeFileSync(live, 'being written by a concurrent run');
    await runCli(['--fix'], { cwd: t.dir });
    expect(readdirSync(join(t.dir, 'a')).sort()).toEqual([`.x.sms.md.${process.pid}.cafebabe.smslint-tmp`, 'x.sms.md']);
  });
});
