// Bundles the commands with esbuild: the smslint CLI (its entry and the lint worker) and the
// language server, each with @smslint/core and the libraries they use, into the package's
// bundle/ folder, which its bin runs. One file to load instead of some 170 of our modules plus
// the libraries' own: Node's ES module loader resolves, reads and links each one separately,
// which was a quarter of a one-file lint and half of the language server's start.
// `dist/` (tsc) stays each package's library entry and carries the types.
//
// Usage: node scripts/bundle.js [cli] [language-server]   (all by default; run by
// `npm run build`, so by `npm ci` and `npm test`, and by each package's prepack)
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Entry points per package, by output name. */
const PACKAGES = {
  // Flat names: the lint pool starts `new URL('./lint-worker.js', import.meta.url)`, and
  // every chunk sits next to it.
  cli: { dir: 'packages/cli', entries: { main: 'src/main.ts', 'lint-worker': 'src/lint/lint-worker.ts' } },
  'language-server': { dir: 'packages/language-server', entries: { main: 'src/main.ts' } },
};

const requested = process.argv.slice(2);
for (const name of requested) {
  if (!(name in PACKAGES)) {
    console.error(`bundle: unknown package "${name}" (known: ${Object.keys(PACKAGES).join(', ')})`);
    process.exit(2);
  }
}

for (const name of requested.length > 0 ? requested : Object.keys(PACKAGES)) {
  const { dir, entries } = PACKAGES[name];
  const outdir = `${root}${dir}/bundle`;
  await rm(outdir, { recursive: true, force: true });
  await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([out, src]) => [out, `${root}${dir}/${src}`])),
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
    // Bundle the core from source, like the extension does, so a command never runs a stale
    // `tsc -b` output; the core sources import their siblings as `./x.js`.
    alias: { '@smslint/core': `${root}packages/core/src/index.ts` },
    resolveExtensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    // ES module builds first: jsonc-parser's "main" is a UMD build whose dynamic requires
    // (./impl/format) esbuild cannot follow.
    mainFields: ['module', 'main'],
    // The core loads CommonJS libraries on first use with a literal `require('…')` when one
    // exists (see core/src/template/lazy-libraries.ts), and CommonJS dependencies require
    // Node's built-in modules: give the ESM bundle a real `require`.
    banner: { js: "import { createRequire as __smslintCreateRequire } from 'node:module';\nconst require = __smslintCreateRequire(import.meta.url);" },
  });
}
