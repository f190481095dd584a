import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The smslint package version (read once from package.json next to dist/). */
export function smslintVersion(): string {
  if (cached === undefined) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    cached = pkg.version;
  }
  return cached;
}

export const INFORMATION_URI = 'https://github.com/smslint/smslint';
