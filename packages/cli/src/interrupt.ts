import { stopWrites } from './files/atomic-write.js';
import { knownWriteFolders, removePendingTemps, removeTempFiles } from './files/temp-files.js';
import { terminateLintWorkers } from './lint/run-lint-tasks.js';

const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;

/**
 * Ctrl-C, `kill` and a closed terminal end the run without leaving `.smslint-tmp` files:
 * writes stop (none completes after the signal), worker threads are terminated, then this
 * process's temp files are removed from every folder it writes to, and the process exits
 * with 128 + the signal number, as shells expect. A second signal during cleanup is
 * ignored; only SIGKILL can leave a temp file, and the next --fix run removes it.
 */
export function cleanUpOnSignals(): void {
  let handling = false;
  for (const [signal, number] of Object.entries(SIGNAL_NUMBERS)) {
    process.on(signal, () => {
      if (handling) return;
      handling = true;
      stopWrites();
      void (async () => {
        try {
          await terminateLintWorkers();
        } finally {
          removePendingTemps();
          removeTempFiles(knownWriteFolders(), 'own');
          process.exit(128 + number);
        }
      })();
    });
  }
}
