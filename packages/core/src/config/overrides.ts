import picomatch from 'picomatch';
import { nodePath } from '../text/esm-require.js';
import type { FileSettings, ResolvedConfig } from './types.js';

/** Compiled `files` globs, per override entry (configs are cached, so entries are re-used). */
const matchers = new WeakMap<object, (file: string) => boolean>();

/**
 * The per-file settings for `filePath` (absolute, or relative to `cwd`): top-level values,
 * replaced by each matching `overrides` entry in order (the last match wins per setting).
 */
export function fileSettings(config: ResolvedConfig, filePath: string, cwd?: string): FileSettings {
  const settings: FileSettings = {};
  if (config.placeholders !== undefined) settings.placeholders = config.placeholders;
  if (!config.overrides || config.overrides.length === 0) return settings;
  const path = nodePath();
  const absolute = path.resolve(cwd ?? process.cwd(), filePath).split(path.sep).join('/');
  for (const entry of config.overrides) {
    let matches = matchers.get(entry);
    if (!matches) {
      matches = picomatch(typeof entry.files === 'string' ? [entry.files] : entry.files, { dot: true });
      matchers.set(entry, matches);
    }
    if (!matches(absolute)) continue;
    for (const [key, value] of Object.entries(entry)) {
      if (key !== 'files' && value !== undefined) (settings as Record<string, unknown>)[key] = value;
    }
  }
  return settings;
}
