#!/usr/bin/env node
// Runs the bundle (the repository's scripts/bundle.js, built by `npm run build`): one file to
// load instead of hundreds of modules, compiled through a V8 code cache (@smslint/core/load-bundle).
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { loadBundle } from '@smslint/core/load-bundle';

// Regexes straight to machine code: by default V8 first compiles each one to bytecode and
// compiles it again natively on its second run, and nearly every detector regex runs more
// than once even on one file, so a one-file run paid ~220 regexes twice (230 → 190 ms CPU;
// no change in batch: docs/cli.md, "Regex compilation"). Set before any bundle code runs,
// so the code cache is always made and read under the same flags.
setFlagsFromString('--no-regexp-tier-up');

let bundle;
try {
  bundle = loadBundle(fileURLToPath(new URL('../bundle/main.cjs', import.meta.url))).exports;
} catch (error) {
  // A checkout where only `tsc -b` ran has no bundle: say how to build it, not a stack trace.
  if (error?.code !== 'ENOENT' || !String(error.path).endsWith('main.cjs')) throw error;
  process.stderr.write('smslint: this copy is not built (packages/cli/bundle/ is missing); run `npm run build`.\n');
  process.exit(2);
}
bundle.run();
