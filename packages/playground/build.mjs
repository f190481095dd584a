// Builds the playground: a static folder (dist/) with index.html, one script bundling
// @smslint/core's browser entry, a stylesheet and a service worker for offline use.
// Usage: node packages/playground/build.mjs [outdir]   (`npm run playground`)
// The build fails when anything in the bundle imports a Node built-in: the core must run
// in a browser as it is, without shims.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const coreBrowserEntry = path.join(here, '../core/src/browser.ts');
const BUILTINS = new Set(builtinModules);

/** esbuild plugin: any import of a Node built-in (`node:fs`, `fs`, `path`, …) is a build error. */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, '');
      if (args.path.startsWith('node:') || BUILTINS.has(bare) || BUILTINS.has(bare.split('/')[0])) {
        return { errors: [{ text: `the playground must not use Node built-ins: "${args.path}" is imported by ${path.relative(process.cwd(), args.importer)}` }] };
      }
      return undefined;
    });
  },
};

/** Builds into `outdir`; `entry` may be replaced (the tests build a fixture that imports node:fs). */
export async function buildPlayground({ outdir = path.join(here, 'dist'), entry = path.join(here, 'src/main.ts') } = {}) {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const result = await build({
    entryPoints: [entry],
    outfile: path.join(outdir, 'playground.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'silent',
    alias: { '@smslint/core/browser': coreBrowserEntry },
    resolveExtensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    plugins: [noNodeBuiltins],
    metafile: true,
  });
  const script = await readFile(path.join(outdir, 'playground.js'));
  const buildId = createHash('sha256').update(script).digest('hex').slice(0, 12);
  await copyFile(path.join(here, 'src/index.html'), path.join(outdir, 'index.html'));
  await copyFile(path.join(here, 'src/playground.css'), path.join(outdir, 'playground.css'));
  const worker = await readFile(path.join(here, 'src/sw.js'), 'utf8');
  await writeFile(path.join(outdir, 'sw.js'), worker.replace('__BUILD_ID__', buildId));
  return { outdir, buildId, bytes: script.length, inputs: Object.keys(result.metafile.inputs) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { outdir, bytes } = await buildPlayground(process.argv[2] ? { outdir: path.resolve(process.argv[2]) } : {});
    console.log(`playground: built ${path.relative(process.cwd(), outdir) || '.'}/index.html (script ${(bytes / 1024).toFixed(0)} KiB)`);
  } catch (error) {
    for (const e of error.errors ?? [{ text: String(error) }]) console.error(`playground: ${e.text}${e.location ? ` (${e.location.file}:${e.location.line})` : ''}`);
    process.exit(1);
  }
}
