import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packages that ship this server: the npm package, and the VS Code extension that bundles it. */
const SHIPPING_PACKAGES = new Set(['@smslint/language-server', 'smslint-vscode']);

/**
 * The version of the package this server runs from. The module runs from `dist/`, from the
 * esbuild `bundle/` or from the extension's `dist/server.js`, so the manifest is found by
 * walking up rather than by a fixed relative path.
 */
export function serverVersion(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
        if (pkg.name && SHIPPING_PACKAGES.has(pkg.name) && pkg.version) return pkg.version;
      } catch {
        // not a readable manifest: keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
