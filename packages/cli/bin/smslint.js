#!/usr/bin/env node
// Runs the bundle (the repository's scripts/bundle.js, built by `npm run build`): one file to
// load instead of hundreds of modules, compiled through a V8 code cache (@smslint/core/load-bundle).
import { fileURLToPath } from 'node:url';
import { loadBundle } from '@smslint/core/load-bundle';

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
