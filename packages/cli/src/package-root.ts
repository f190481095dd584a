import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The smslint package folder (the one whose package.json is named "smslint"). This module
 * runs from `dist/` (the tsc output, nested folders) or from `bundle/` (the esbuild bundle
 * the `smslint` command runs, flat), so files next to the package are found by walking up
 * instead of by a fixed relative URL.
 */
export function cliPackageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'smslint') {
      return (cached = dir);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`smslint: cannot find its own package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
