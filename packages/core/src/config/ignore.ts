import picomatch from 'picomatch';
import path from 'node:path';
import type { ResolvedConfig } from './types.js';

/** Whether `filePath` (absolute, or relative to cwd) matches one of the config's `ignore` globs. */
export function isIgnored(filePath: string, config: ResolvedConfig, cwd = process.cwd()): boolean {
  if (!config.ignore || config.ignore.length === 0) return false;
  const absolute = path.resolve(cwd, filePath).split(path.sep).join('/');
  return picomatch(config.ignore, { dot: true })(absolute);
}
