/**
 * The process VS Code forks for the language server: runs the bundled server
 * (dist/server.js, 1.3 MB) through the V8 code cache the CLI uses too
 * (@smslint/core/load-bundle), so a new window compiles neither the bundle nor the functions
 * its first lint runs. Measured by bench/editor/server-start.js (bench/editor/RESULTS.md).
 *
 * client.ts points SMSLINT_COMPILE_CACHE at the extension's global storage (never a
 * workspace folder). A long-lived server may be killed rather than exit, so the cache is
 * saved a few seconds after the start, when the first document has been linted.
 */
import path from 'node:path';
import { loadBundle, type CodeCacheOutcome } from '@smslint/core/load-bundle';

/** Saved this long after start: by then the first document has been linted and its functions compiled. */
const SAVE_AFTER_MS = 5_000;

/** Runs `serverFile` (CommonJS) through the code cache the environment names; what happened to the cache. */
export function launchServer(serverFile: string, env: NodeJS.ProcessEnv = process.env, saveAfterMs = SAVE_AFTER_MS): CodeCacheOutcome {
  return loadBundle(serverFile, { env, saveAfterMs }).cache;
}

// Forked by the client as dist/server-launcher.js (esbuild's CommonJS bundle of this file).
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) launchServer(path.join(__dirname, 'server.js'));
