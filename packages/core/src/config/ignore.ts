import path from 'node:path';
import { checkGlob, compileGlob } from '../fs/glob-match.js';
import type { ResolvedConfig } from './types.js';

/** Compiled `ignore` lists, per list (configs are memoised, so lists are shared). */
const compiled = new WeakMap<readonly string[], Array<(path: string) => boolean>>();

/**
 * Whether `filePath` (absolute, or relative to cwd) matches one of the config's `ignore`
 * globs. Globs from a repository are untrusted: matched in linear time (fs/glob-match.ts);
 * one the schema would refuse (over 1,024 characters) is skipped here too.
 */
export function isIgnored(filePath: string, config: ResolvedConfig, cwd = process.cwd()): boolean {
  if (!config.ignore || config.ignore.length === 0) return false;
  let matchers = compiled.get(config.ignore);
  if (!matchers) {
    matchers = config.ignore.filter((glob) => checkGlob(glob) === undefined).map((glob) => compileGlob(glob, { dot: true }));
    compiled.set(config.ignore, matchers);
  }
  const absolute = path.resolve(cwd, filePath).split(path.sep).join('/');
  return matchers.some((matches) => matches(absolute));
}
