#!/usr/bin/env node
// Runs the esbuild bundle (the repository's scripts/bundle.js, built by `npm run build`): one file to load
// instead of hundreds of modules, for a fast start.
let bundle;
try {
  bundle = await import('../bundle/main.js');
} catch (error) {
  // A checkout where only `tsc -b` ran has no bundle: say how to build it, not a stack trace.
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('bundle')) throw error;
  process.stderr.write('smslint: this copy is not built (packages/cli/bundle/ is missing); run `npm run build`.\n');
  process.exit(2);
}
bundle.run();
