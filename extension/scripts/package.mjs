// Builds the production bundles and packages smslint-<version>.vsix offline.
// README images are relative; vsce needs an absolute base for them, which it can only
// guess for GitHub/GitLab, so derive it from package.json's repository URL.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const extensionDir = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${extensionDir}package.json`, 'utf8'));
const repository = String(manifest.repository?.url ?? manifest.repository ?? '').replace(/\.git$/, '');
if (!/^https:\/\//.test(repository)) {
  console.error('smslint-vscode package: package.json needs an https "repository" URL');
  process.exit(1);
}
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
const run = (file, args) => execFileSync(process.execPath, [file, ...args], { cwd: extensionDir, stdio: 'inherit' });

run(`${extensionDir}scripts/build.mjs`, ['--production']);
run(vsce, [
  'package',
  '--no-dependencies',
  '--baseContentUrl', `${repository}/blob/HEAD/extension`,
  '--baseImagesUrl', `${repository}/raw/HEAD/extension`,
  '-o', `smslint-${manifest.version}.vsix`,
]);
