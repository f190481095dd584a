/**
 * The process VS Code forks for the language server: runs the bundled server
 * (dist/server.js, 1.3 MB) through the V8 code cache the CLI uses too
 * (@smslint/core/load-bundle), so a new window compiles neither the bundle nor the functions
 * its first lint runs. Measured by bench/editor/server-start.js (bench/editor/RESULTS.md).
 *
 * client.ts points SMSLINT_COMPILE_CACHE at the extension's global storage (never a
 * workspace folder). The cache is saved when the server exits: a window reload or close
 * stops it (`exit` notification, or its client gone), which is often within seconds of its
 * start, before any fixed delay would have passed; a termination signal exits the same way.
 * It then holds every function the session compiled, the first lint's included. V8 accepts
 * a cache only under the V8 flags it was made with: the server's heap flags are set before
 * the compile (without that, every start rejected the cache made under them).
 */
import { constants } from 'node:os';
import path from 'node:path';
import { loadBundle, type CodeCacheOutcome } from '@smslint/core/load-bundle';
import { tuneHeap } from '../../packages/language-server/src/heap-tuning.js';

/** Signals that end a server: handled by exiting, so the code cache is saved on `exit`. */
const ENDING_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

/**
 * Runs `serverFile` (CommonJS) through the code cache the environment names; what happened
 * to the cache. A missing cache is saved at the process's exit, or `saveAfterMs` after the start.
 */
export function launchServer(serverFile: string, env: NodeJS.ProcessEnv = process.env, saveAfterMs?: number): CodeCacheOutcome {
  return loadBundle(serverFile, { env, saveAfterMs }).cache;
}

/**
 * Ends the process through process.exit on a termination signal (its `exit` handlers run),
 * with the signal's usual status. The listeners stay: without one, a second signal during
 * the exit (the cache being written) would kill the process at once.
 */
export function exitOnSignals(): void {
  for (const signal of ENDING_SIGNALS) process.on(signal, () => process.exit(128 + constants.signals[signal]));
}

// Forked by the client as dist/server-launcher.js (esbuild's CommonJS bundle of this file).
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  exitOnSignals();
  // The server sets its heap flags first thing (heap-tuning.ts); V8 rejects a code cache made
  // under other flags than the compile's, so they are set before the compile, as at the save.
  tuneHeap();
  const cache = launchServer(path.join(__dirname, 'server.js'));
  // One line in the smslint output channel, which shows the server's stdout as info (free over
  // IPC, the extension's transport) and its stderr as errors; the VS Code test reads it.
  const log = process.argv.includes('--node-ipc') ? process.stdout : process.stderr;
  log.write(`smslint-language-server: V8 code cache ${cache}\n`);
}
