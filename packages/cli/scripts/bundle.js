// Bundles the smslint command (src/main.ts and the lint worker, with @smslint/core and the
// libraries they use) into bundle/, which bin/smslint.js runs. One file to load instead of
// some 170 modules plus libphonenumber-js' hundreds: Node's ES module loader resolves,
// reads and links each module separately, and that was a quarter of a one-file run.
// `dist/` (tsc) stays the package's library entry and carries the types.
//
// Usage: node packages/cli/scripts/bundle.js   (run by `npm run build`, `npm ci`, `npm test`)
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const coreEntry = fileURLToPath(new URL('../../core/src/index.ts', import.meta.url));
const outdir = `${cliDir}bundle`;

await rm(outdir, { recursive: true, force: true });
await build({
  // Flat names: the lint pool starts `new URL('./lint-worker.js', import.meta.url)`, and
  // every chunk sits next to it.
  entryPoints: { main: `${cliDir}src/main.ts`, 'lint-worker': `${cliDir}src/lint/lint-worker.ts` },
  outdir,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  // Code splitting keeps the per-command lazy imports lazy (a lint run never loads preview).
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Bundle the core from source, like the extension does, so the command never runs a stale
  // `tsc -b` output; the core sources import their siblings as `./x.js`.
  alias: { '@smslint/core': coreEntry },
  resolveExtensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
  // The core loads CommonJS libraries on first use with a literal `require('…')` when one
  // exists (see core/src/template/lazy-libraries.ts); give the ESM bundle a real one.
  banner: { js: "import { createRequire as __smslintCreateRequire } from 'node:module';\nconst require = __smslintCreateRequire(import.meta.url);" },
});
