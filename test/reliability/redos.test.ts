/**
 * ReDoS / complexity check: every rule (through lintText on a 1 MB single template) and
 * every detector must do linear work on adversarial input. Each input is timed at 256 KB
 * and at 1 MB (median of a few runs, in a worker thread that is terminated when a run
 * takes far too long); linear work gives a ratio near 4, quadratic near 16, so the bound
 * is 8. This is a complexity check with a generous bound, not a speed target.
 * Figures for docs/reliability.md: SMSLINT_REDOS_REPORT=1 prints every ratio.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as core from '@smslint/core';

const SMALL = 256 * 1024;
const LARGE = 1024 * 1024;
const RUNS = 3;
const MAX_RATIO = 8;
/** Below this (ms at 1 MB) timings are too small to compare on a noisy machine. */
const MEASURABLE_MS = 40;
/** A single run over this is a hang for the purpose of this test. */
const HANG_MS = 30_000;

/** Repeated units: long runs of what each regular expression might backtrack on. */
const PATTERNS: Record<string, string> = {
  spaces: ' ',
  'a-run': 'a',
  dots: '.',
  digits: '1',
  'open-mustache': '{{',
  'open-bracket': '[',
  'http-scheme': 'http://',
  'email-like': 'a@b.',
  'phone-like': '+1 (5',
  shouting: 'HELP ',
  punctuation: '!?',
  mixed: 'a. 1{{[http://@+-!A\u2019 ',
};

const DETECTORS = Object.keys(core).filter((name) => /^detect[A-Z]/.test(name) || name === 'maskNonProse');
const TARGETS = ['lintText', ...DETECTORS];

/** Worker: builds the input, warms up, and answers with the median time of RUNS runs. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import('@smslint/core').then((core) => {
  const { target, unit, size, runs } = workerData;
  const text = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const call =
    target === 'lintText'
      ? (input) => core.lintText(input, { filePath: 'adversarial.sms' })
      : (input) => core[target](input, target === 'detectBrand' ? 'Acme' : undefined);
  call(unit.repeat(64));
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    call(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  parentPort.postMessage(times[Math.floor(times.length / 2)]);
}, (error) => parentPort.postMessage({ error: String(error) }));
`;

function measure(target: string, unit: string, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { target, unit, size, runs: RUNS } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(Infinity);
    }, HANG_MS * RUNS);
    worker.once('message', (value: number | { error: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (typeof value === 'number') resolve(value);
      else reject(new Error(`${target}: ${value.error}`));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

const report: string[] = [];
beforeAll(() => {
  expect(DETECTORS.length).toBeGreaterThan(10);
});
afterAll(() => {
  if (process.env.SMSLINT_REDOS_REPORT) console.info(report.join('\n'));
});

describe('linear work on 1 MB adversarial input', () => {
  for (const [name, unit] of Object.entries(PATTERNS)) {
    it(`${name} (${JSON.stringify(unit)} repeated): every rule and detector scales linearly`, async () => {
      const failures: string[] = [];
      for (const target of TARGETS) {
        let small = await measure(target, unit, SMALL);
        let large = await measure(target, unit, LARGE);
        const ratioOf = () => large / Math.max(small, 10);
        if (large >= MEASURABLE_MS && ratioOf() >= MAX_RATIO && Number.isFinite(large)) {
          // One more measurement before calling it superlinear: the machine is shared.
          small = Math.max(small, await measure(target, unit, SMALL));
          large = Math.min(large, await measure(target, unit, LARGE));
        }
        const ratio = ratioOf();
        report.push(`${name}\t${target}\t${small.toFixed(1)} ms\t${large.toFixed(1)} ms\tratio ${ratio.toFixed(2)}`);
        if (!Number.isFinite(large) || !Number.isFinite(small)) failures.push(`${target}: a run took over ${HANG_MS} ms`);
        else if (large >= MEASURABLE_MS && ratio >= MAX_RATIO) {
          failures.push(`${target}: ${small.toFixed(0)} ms at 256 KB, ${large.toFixed(0)} ms at 1 MB (ratio ${ratio.toFixed(1)})`);
        }
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
