// Bundles the commands with esbuild: the smslint CLI (its entry and the lint worker) and the
// language server, each with @smslint/core and the libraries they use, into the package's
// bundle/ folder, which its bin runs. One file to load instead of some 170 of our modules plus
// the libraries' own: Node's ES module loader resolves, reads and links each one separately,
// which was a quarter of a one-file lint and half of the language server's start.
// The CLI's entry is one CommonJS file (`bundle/main.cjs`) because its bin compiles it through
// a V8 code cache (@smslint/core/load-bundle), which Node 20 offers for scripts only; its per-command
// modules stay lazy inside it (esbuild turns each `import()` into a deferred initialiser).
// `dist/` (tsc) stays each package's library entry and carries the types.
//
// Usage: node scripts/bundle.js [cli] [language-server]   (all by default; run by
// `npm run build`, so by `npm ci` and `npm test`, and by each package's prepack)
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds per package: entry points by output name, and the module format. Flat names: the
 * lint pool starts `new URL('./lint-worker.js', import.meta.url)`, which must sit next to
 * main.cjs. ES module builds are split into shared chunks; a CommonJS build cannot be.
 */
const PACKAGES = {
  cli: {
    dir: 'packages/cli',
    builds: [
      { entries: { main: 'src/main.ts' }, format: 'cjs' },
      { entries: { 'lint-worker': 'src/lint/lint-worker.ts' }, format: 'esm' },
    ],
  },
  'language-server': { dir: 'packages/language-server', builds: [{ entries: { main: 'src/main.ts' }, format: 'esm' }] },
};

/**
 * What makes a CommonJS build run like the ES module one: `import.meta.url` is the bundle's
 * own URL (the worker file, the package root and lazy `require`s are found from it), and
 * `require` is the real one the loader passes in.
 */
const COMMONJS = {
  define: { 'import.meta.url': '__smslintModuleUrl' },
  banner: { js: "const __smslintModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  outExtension: { '.js': '.cjs' },
};
const ESM = {
  // Code splitting keeps the per-command lazy imports lazy (a lint run never loads preview).
  splitting: true,
  // The core loads CommonJS libraries on first use with a literal `require('…')` when one
  // exists (see core/src/template/lazy-libraries.ts), and CommonJS dependencies require
  // Node's built-in modules: give the ESM bundle a real `require`.
  banner: { js: "import { createRequire as __smslintCreateRequire } from 'node:module';\nconst require = __smslintCreateRequire(import.meta.url);" },
};

const requested = process.argv.slice(2);
for (const name of requested) {
  if (!(name in PACKAGES)) {
    console.error(`bundle: unknown package "${name}" (known: ${Object.keys(PACKAGES).join(', ')})`);
    process.exit(2);
  }
}

for (const name of requested.length > 0 ? requested : Object.keys(PACKAGES)) {
  const { dir, builds } = PACKAGES[name];
  const outdir = `${root}${dir}/bundle`;
  await rm(outdir, { recursive: true, force: true });
  for (const { entries, format } of builds) {
    await build({
      entryPoints: Object.fromEntries(Object.entries(entries).map(([out, src]) => [out, `${root}${dir}/${src}`])),
      outdir,
      entryNames: '[name]',
      chunkNames: '[name]-[hash]',
      bundle: true,
      format,
      ...(format === 'cjs' ? COMMONJS : ESM),
      platform: 'node',
      target: 'node20',
      sourcemap: 'linked',
      logLevel: 'warning',
      // Bundle the core from source, like the extension does, so a command never runs a stale
      // `tsc -b` output; the core sources import their siblings as `./x.js`.
      // jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow: use its ESM build.
      alias: { '@smslint/core': `${root}packages/core/src/index.ts`, 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
      resolveExtensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
      // ES module builds first: jsonc-parser's "main" is a UMD build whose dynamic requires
      // (./impl/format) esbuild cannot follow.
      mainFields: ['module', 'main'],
    });
  }
}
