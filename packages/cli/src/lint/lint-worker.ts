import { parentPort } from 'node:worker_threads';
import { lintFileTask } from './lint-file-task.js';
import type { CachedEntry, FileOutcome, LintSettings } from './lint-settings.js';

/** Messages between the pool (main thread) and a lint worker. */
export interface WorkerRequest {
  settings: LintSettings;
  files: string[];
  cached: (CachedEntry | null)[];
}
export type WorkerResponse = { ok: true; outcomes: FileOutcome[] } | { ok: false; error: string };

// Each batch is linted in file order; the pool keeps results in sorted path order.
parentPort?.on('message', async (request: WorkerRequest) => {
  try {
    const outcomes: FileOutcome[] = [];
    for (let i = 0; i < request.files.length; i++) {
      outcomes.push(await lintFileTask(request.files[i], request.settings, request.cached[i] ?? undefined));
    }
    parentPort?.postMessage({ ok: true, outcomes } satisfies WorkerResponse);
  } catch (error) {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse);
  }
});
