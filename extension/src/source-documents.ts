/**
 * Locale files (JSON, YAML, .po) that the workspace's smslint configs list in `sources`:
 * the client sends exactly these to the server, so no other JSON or YAML file is synced or
 * linted. No `vscode` import: the globs come from the config text (unit-tested directly).
 */
import { SOURCE_PRESETS } from '../../packages/core/src/sources/source-presets.js';

export interface SourceDocumentFilter {
  scheme: 'file';
  pattern: string;
}

/** The `files` globs of a config's `sources` (presets' defaults included), anchored at its folder. */
export function sourceFileGlobs(configText: string, configFolder: string): string[] {
  let config: unknown;
  try {
    config = JSON.parse(configText);
  } catch {
    return []; // an invalid config: the server reports it
  }
  const sources = (config as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  const folder = configFolder.replace(/\\/g, '/').replace(/\/$/, '');
  const globs: string[] = [];
  for (const entry of sources) {
    const spec = (typeof entry === 'string' ? { preset: entry } : entry) as { preset?: unknown; files?: unknown };
    const preset = typeof spec?.preset === 'string' ? SOURCE_PRESETS[spec.preset] : undefined;
    const files = typeof spec?.files === 'string' ? [spec.files] : Array.isArray(spec?.files) ? spec.files : (preset?.files ?? []);
    for (const glob of files) {
      if (typeof glob === 'string' && glob) globs.push(glob.startsWith('/') ? glob : `${folder}/${glob.replace(/^\.\//, '')}`);
    }
  }
  return globs;
}

export function sourceDocumentSelector(globs: readonly string[]): SourceDocumentFilter[] {
  return globs.map((pattern) => ({ scheme: 'file', pattern }));
}
