// Bundles the extension (dist/extension.js) and the language server (dist/server.js) with
// esbuild so the .vsix needs no node_modules, and copies the config JSON schema that
// `contributes.jsonValidation` points at into dist/. Usage: node scripts/build.mjs [--production]
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = fileURLToPath(new URL('..', import.meta.url));
const repoDir = fileURLToPath(new URL('../..', import.meta.url));
const production = process.argv.includes('--production');

const serverEntry = `${repoDir}packages/language-server/src/main.ts`;
const coreEntry = `${repoDir}packages/core/src/index.ts`;
const schemaSource = `${repoDir}packages/core/schema/smslint.config.schema.json`;

for (const required of [serverEntry, coreEntry, schemaSource]) {
  if (!existsSync(required)) {
    console.error(`smslint-vscode build: missing ${required}`);
    process.exit(1);
  }
}

// The workspace packages are ESM; VS Code loads extensions as CommonJS, so both bundles
// are CommonJS. `import.meta.url` is rewritten to the bundle's own file URL.
const importMetaShim = {
  banner: { js: 'const __smslintImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { 'import.meta.url': '__smslintImportMetaUrl' },
};

/**
 * Sources that read a file next to themselves (`new URL('../../schema/x.json', import.meta.url)`)
 * would look for it relative to the bundle. Copy each such file into dist/ and point the
 * URL at the copy, so the bundle finds it wherever the extension is installed.
 */
const assetUrlPlugin = {
  name: 'smslint-asset-urls',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]src[\\/].*\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const assets = [];
      const contents = source.replace(
        /new URL\((['"])([^'"]+)\1,\s*import\.meta\.url\)/g,
        (expression, _quote, relative) => {
          const file = resolve(dirname(args.path), relative);
          if (!existsSync(file)) return expression;
          assets.push(file);
          return `new URL(${JSON.stringify(`./${basename(file)}`)}, import.meta.url)`;
        },
      );
      if (assets.length === 0) return undefined;
      await mkdir(`${extensionDir}dist`, { recursive: true });
      await Promise.all(assets.map((file) => copyFile(file, `${extensionDir}dist/${basename(file)}`)));
      return { contents, loader: 'ts', watchFiles: assets };
    });
  },
};

/** Leaves `import(specifier)` to be resolved at run time next to the bundle (dist/). */
function lazyModulePlugin(specifier) {
  return {
    name: 'smslint-lazy-module',
    setup(build) {
      const filter = new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
      build.onResolve({ filter }, () => ({ path: specifier, external: true }));
    },
  };
}

// jsonc-parser's `main` is a UMD build whose inner requires esbuild cannot follow: use its ESM build.
const jsoncParserEsm = 'jsonc-parser/lib/esm/main.js';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  // The core sources import their siblings as `./x.js`; esbuild resolves those to `.ts`.
  resolveExtensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
  // ES module builds first: jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow.
  mainFields: ['module', 'main'],
  ...importMetaShim,
};

await rm(`${extensionDir}dist`, { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: { extension: `${extensionDir}src/extension.ts` },
    outdir: `${extensionDir}dist`,
    external: ['vscode'],
    // data-rendering bundles the core: keep it out of the activation bundle, loaded on demand.
    plugins: [lazyModulePlugin('./data-rendering.js')],
  }),
  build({
    ...common,
    // The process the client forks: loads server.js from a V8 code cache (server-launcher.ts).
    entryPoints: { 'server-launcher': `${extensionDir}src/server-launcher.ts` },
    outdir: `${extensionDir}dist`,
  }),
  build({
    ...common,
    entryPoints: { 'data-rendering': `${extensionDir}src/data-rendering.ts` },
    outdir: `${extensionDir}dist`,
    alias: { '@smslint/core': coreEntry, 'jsonc-parser': jsoncParserEsm },
    plugins: [assetUrlPlugin],
  }),
  build({
    ...common,
    entryPoints: { server: serverEntry },
    outdir: `${extensionDir}dist`,
    // Bundle the core from source so packaging never depends on a stale `tsc -b` output.
    alias: { '@smslint/core': coreEntry, 'jsonc-parser': jsoncParserEsm },
    plugins: [assetUrlPlugin],
  }),
]);

// contributes.jsonValidation points here (the server bundle may read the same copy).
await mkdir(`${extensionDir}dist`, { recursive: true });
await copyFile(schemaSource, `${extensionDir}dist/smslint.config.schema.json`);
console.log(`smslint-vscode: built dist/extension.js, dist/data-rendering.js, dist/server-launcher.js, dist/server.js${production ? ' (production)' : ''}`);
