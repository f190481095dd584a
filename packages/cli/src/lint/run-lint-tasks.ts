import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { type CpuSample, idleCoresBetween, MIN_FILES_PER_LANE, sampleCpu, workersToAdd } from './lane-count.js';
import type { CachedEntry, FileOutcome, LintSettings } from './lint-settings.js';
import type { WorkerRequest, WorkerResponse } from './lint-worker.js';

/** Worker threads of every run in progress (a signal terminates them before cleaning up). */
const liveWorkers = new Set<Worker>();

/** Terminate every lint worker (at most a second each): after this no worker writes. */
export async function terminateLintWorkers(): Promise<void> {
  await Promise.all(
    [...liveWorkers].map((worker) => Promise.race([worker.terminate(), new Promise((resolve) => setTimeout(resolve, 1000).unref())])),
  );
}

/** Files per batch; small enough to balance the lanes, large enough to amortise messaging. */
export const BATCH_SIZE = 50;

export interface RunOptions {
  /** Called as files complete, with the number done (progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Force the number of worker threads (0: main thread only); otherwise automatic. */
  workers?: number;
  /** Where automatic lanes read the machine's CPU counters (tests give a fake machine). */
  sampleCpu?: () => CpuSample;
  /** Called when worker threads start, with how many (tests, tuning). */
  onWorkersStarted?: (count: number) => void;
}

/**
 * Lint `files` (sorted) and return outcomes in the same order. The files are split into
 * batches shared by lanes: the main thread, plus worker threads when they pay off. The main
 * thread starts at once; for a run large enough to share, the machine's idle cores are
 * measured over its first batch (see `workersToAdd`), and workers join for the remaining
 * batches only if cores sat idle. Small runs and runs on a busy machine stay on the main
 * thread. `workers` (SMSLINT_WORKERS) starts exactly that many at once instead.
 */
export async function runLintTasks(
  files: readonly string[],
  settings: LintSettings,
  cache: ReadonlyMap<string, CachedEntry>,
  options: RunOptions = {},
): Promise<FileOutcome[]> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));

  const results: FileOutcome[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const finished = (index: number, outcomes: FileOutcome[]) => {
    results[index] = outcomes;
    done += outcomes.length;
    options.onProgress?.(done, files.length);
  };

  const pool: Worker[] = [];
  const workerLanes: Promise<void>[] = [];
  const addWorkers = (count: number) => {
    const started = Math.min(count, batches.length - next);
    for (let i = 0; i < started; i++) {
      const worker = new Worker(new URL('./lint-worker.js', import.meta.url));
      pool.push(worker);
      liveWorkers.add(worker);
      worker.once('exit', () => liveWorkers.delete(worker));
      const lane = workerLane(worker);
      // Handled now (the main lane awaits the workers only when it is done): a failed worker
      // stops every lane from starting another batch, and Promise.all below rethrows.
      lane.catch(() => {
        next = batches.length;
      });
      workerLanes.push(lane);
    }
    if (started > 0) options.onWorkersStarted?.(started);
  };
  // Automatic lanes: decide after the first batch, from what the cores did meanwhile.
  const sample = options.sampleCpu ?? sampleCpu;
  let probe = options.workers === undefined && files.length >= 2 * MIN_FILES_PER_LANE ? sample() : undefined;

  const { lintFileTask } = await import('./lint-file-task.js');
  const mainLane = async () => {
    while (next < batches.length) {
      const index = next++;
      const outcomes: FileOutcome[] = [];
      for (const file of batches[index]) {
        outcomes.push(await lintFileTask(file, settings, cache.get(file)));
        // Let worker messages through between files so no worker waits for its next batch.
        if (pool.length > 0) await yieldToEvents();
      }
      finished(index, outcomes);
      if (probe !== undefined) {
        const now = sample();
        const idle = idleCoresBetween(probe, now);
        if (idle !== undefined) {
          probe = undefined;
          addWorkers(workersToAdd(files.length - next * BATCH_SIZE, batches.length - next, idle, now.usable));
        }
      }
    }
  };

  try {
    if (options.workers !== undefined) addWorkers(Math.min(options.workers, batches.length));
    await mainLane();
    await Promise.all(workerLanes);
  } finally {
    next = batches.length; // after a failure, no lane starts another batch
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();

  function workerLane(worker: Worker): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let busy = false;
      const sendNext = () => {
        if (next >= batches.length) {
          busy = false;
          return resolve();
        }
        const index = next++;
        const batch = batches[index];
        busy = true;
        worker.once('message', (response: WorkerResponse) => {
          if (!response.ok) return reject(new Error(`lint worker failed: ${response.error}`));
          finished(index, response.outcomes);
          sendNext();
        });
        const request: WorkerRequest = { settings, files: batch, cached: batch.map((f) => cache.get(f) ?? null) };
        worker.postMessage(request);
      };
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (busy) reject(new Error(`lint worker exited with code ${code}`));
      });
      sendNext();
    });
  }
}
