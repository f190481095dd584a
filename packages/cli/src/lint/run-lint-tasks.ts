import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CachedEntry, FileOutcome, LintSettings } from './lint-settings.js';
import type { WorkerRequest, WorkerResponse } from './lint-worker.js';

/** Below this many files a worker's start-up (thread + module loading) costs more than it saves. */
export const PARALLEL_MIN_FILES = 120;
/** Files per batch handed to a worker; small enough to balance, large enough to amortise messaging. */
const BATCH_SIZE = 50;

export interface RunOptions {
  /** Called after each batch with the number of files done (progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Force a pool size (tests); otherwise min(cores, batches), or 0 for small runs. */
  threads?: number;
}

/**
 * Lint `files` (sorted) and return outcomes in the same order. Large runs are split into
 * batches linted by a pool of worker threads (size = min(cores, batches)); small runs stay
 * on this thread so a single-file run starts fast.
 */
export async function runLintTasks(
  files: readonly string[],
  settings: LintSettings,
  cache: ReadonlyMap<string, CachedEntry>,
  options: RunOptions = {},
): Promise<FileOutcome[]> {
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH_SIZE) batches.push(files.slice(i, i + BATCH_SIZE));
  const threads =
    options.threads !== undefined
      ? Math.min(options.threads, batches.length)
      : files.length < PARALLEL_MIN_FILES
        ? 0
        : Math.min(availableParallelism(), batches.length);
  if (threads <= 0) {
    const { lintFileTask } = await import('./lint-file-task.js');
    const outcomes: FileOutcome[] = [];
    for (const file of files) {
      outcomes.push(await lintFileTask(file, settings, cache.get(file)));
      if (outcomes.length % BATCH_SIZE === 0) options.onProgress?.(outcomes.length, files.length);
    }
    return outcomes;
  }
  return runInPool(batches, settings, cache, threads, files.length, options.onProgress);
}

async function runInPool(
  batches: string[][],
  settings: LintSettings,
  cache: ReadonlyMap<string, CachedEntry>,
  threads: number,
  total: number,
  onProgress?: (done: number, total: number) => void,
): Promise<FileOutcome[]> {
  const results: FileOutcome[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const sendNext = () => {
        if (next >= batches.length) return resolve();
        const index = next++;
        const files = batches[index];
        worker.once('message', (response: WorkerResponse) => {
          if (!response.ok) return reject(new Error(`lint worker failed: ${response.error}`));
          results[index] = response.outcomes;
          done += files.length;
          onProgress?.(done, total);
          sendNext();
        });
        const request: WorkerRequest = { settings, files, cached: files.map((f) => cache.get(f) ?? null) };
        worker.postMessage(request);
      };
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (next < batches.length || results.includes(undefined as never)) reject(new Error(`lint worker exited with code ${code}`));
      });
      sendNext();
    });
  try {
    const runs: Promise<void>[] = [];
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./lint-worker.js', import.meta.url));
      workers.push(worker);
      runs.push(runWorker(worker));
    }
    await Promise.all(runs);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results.flat();
}
