// Bundles the floor fixture (dist/extension.js, dist/server.js) with the esbuild options of
// extension/scripts/build.mjs (production) and packages it: prints the .vsix path.
// Usage: node bench/editor/floor/build.mjs <out-dir>
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dir = fileURLToPath(new URL('.', import.meta.url));
const outDir = path.resolve(process.argv[2] ?? path.join(dir, 'dist'));
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning', mainFields: ['module', 'main'], outdir: path.join(dir, 'dist') };
await rm(path.join(dir, 'dist'), { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: { extension: path.join(dir, 'src/extension.ts') }, external: ['vscode'] }),
  build({ ...common, entryPoints: { server: path.join(dir, 'src/server.ts') } }),
]);
const vsce = createRequire(path.join(dir, '../../../extension/package.json')).resolve('@vscode/vsce/vsce');
const vsix = path.join(outDir, 'floor-lsp.vsix');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
process.stdout.write(`${vsix}\n`);
