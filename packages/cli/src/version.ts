import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPackageRoot } from './package-root.js';

let cached: string | undefined;

/** The smslint package version (read once from the package's package.json). */
export function smslintVersion(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(join(cliPackageRoot(), 'package.json'), 'utf8')) as { version: string };
    cached = pkg.version;
  }
  return cached;
}

export const INFORMATION_URI = 'https://github.com/smslint/smslint';
