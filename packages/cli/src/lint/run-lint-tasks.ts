import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { currentMachineLoad, laneCount } from './lane-count.js';
import type { CachedEntry, FileOutcome, LintSettings } from './lint-settings.js';
import type { WorkerRequest, WorkerResponse } from './lint-worker.js';

/** Files per batch; small enough to balance the lanes, large enough to amortise messaging. */
export const BATCH_SIZE = 50;

export interface RunOptions {
  /** Called as files complete, with the number done (progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Force the number of worker threads (0: main thread only); otherwise automatic. */
  workers?: number;
}

/**
 * Lint `files` (sorted) and return outcomes in the same order. Large runs are split into
 * batches shared by a pool of lanes (see `laneCount`: idle cores, enough files per lane):
 * the main thread plus worker threads (the main thread lints too, saving one worker's
 * module loading). Small runs, and runs on a busy machine, stay on the main thread.
 */
export async function runLintTasks(
  files: readonly string[],
  settings: LintSettings,
  cache: ReadonlyMap<string, CachedEntry>,
  options: RunOptions = {},
): Promise<FileOutcome[]> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const workers =
    options.workers !== undefined
      ? Math.min(options.workers, batches.length)
      : laneCount(files.length, batches.length, currentMachineLoad()) - 1;

  const results: FileOutcome[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const finished = (index: number, outcomes: FileOutcome[]) => {
    results[index] = outcomes;
    done += outcomes.length;
    options.onProgress?.(done, files.length);
  };

  const { lintFileTask } = await import('./lint-file-task.js');
  const mainLane = async () => {
    while (next < batches.length) {
      const index = next++;
      const outcomes: FileOutcome[] = [];
      for (const file of batches[index]) {
        outcomes.push(await lintFileTask(file, settings, cache.get(file)));
        // Let worker messages through between files so no worker waits for its next batch.
        if (workers > 0) await yieldToEvents();
      }
      finished(index, outcomes);
    }
  };

  const pool: Worker[] = [];
  try {
    const lanes = [mainLane()];
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(new URL('./lint-worker.js', import.meta.url));
      pool.push(worker);
      lanes.push(workerLane(worker));
    }
    await Promise.all(lanes);
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
