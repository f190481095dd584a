import { nodePath } from '../text/esm-require.js';
import picomatch from 'picomatch';
import type { ResolvedConfig, TemplateSource, TemplateSourceEntry } from '../config/types.js';
import { SOURCE_PRESETS } from './source-presets.js';
import type { SourceFormatId } from './types.js';

const asList = (value: string | string[] | undefined): string[] | undefined => (value === undefined ? undefined : Array.isArray(value) ? value : [value]);

const toPosix = (p: string) => p.split(nodePath().sep).join('/');

/** Globs relative to `base` made absolute (a glob starting with "/" is kept). */
function anchor(globs: string[], base: string | undefined): string[] {
  if (base === undefined) return globs;
  const folder = toPosix(base).replace(/\/$/, '');
  return globs.map((glob) => (glob.startsWith('/') ? glob : `${folder}/${glob.replace(/^\.\//, '')}`));
}

/** Entries as written with their `files` (or their preset's) anchored at `base`, the config's folder. */
export function anchorTemplateSources(entries: readonly TemplateSourceEntry[], base: string): TemplateSourceEntry[] {
  return entries.map((entry) => {
    const spec = typeof entry === 'string' ? { preset: entry } : entry;
    const files = asList(spec.files) ?? (spec.preset ? SOURCE_PRESETS[spec.preset]?.files : undefined);
    return files ? { ...spec, files: anchor(files, base) } : spec;
  });
}

/**
 * A config's `sources` entries resolved: presets applied, `files` globs anchored at
 * `base` (the config's folder). Entries without files (and no preset) match nothing.
 */
export function resolveTemplateSources(entries: readonly TemplateSourceEntry[], base?: string): TemplateSource[] {
  return entries.map((entry) => {
    const spec = typeof entry === 'string' ? { preset: entry } : entry;
    const preset = spec.preset ? SOURCE_PRESETS[spec.preset] : undefined;
    const format = spec.format ?? preset?.format;
    const source: TemplateSource = {
      files: anchor(asList(spec.files) ?? preset?.files ?? [], base),
      keys: asList(spec.keys) ?? ['**'],
      placeholders: spec.placeholders ?? preset?.placeholders ?? 'handlebars',
      localeKey: preset?.localeKey ?? false,
    };
    if (format) source.format = format;
    return source;
  });
}

const matchers = new WeakMap<TemplateSource, (file: string) => boolean>();

function filesMatcher(source: TemplateSource): (file: string) => boolean {
  let matcher = matchers.get(source);
  if (!matcher) {
    matcher = source.files.length ? picomatch(source.files, { dot: true }) : () => false;
    matchers.set(source, matcher);
  }
  return matcher;
}

export function formatFromExtension(filePath: string): SourceFormatId | undefined {
  // The extension, without Node's path: this runs for every linted file, in the browser too.
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (ext === '.json') return 'json';
  if (ext === '.yml' || ext === '.yaml') return 'yaml';
  if (ext === '.po' || ext === '.pot') return 'po';
  return undefined;
}

/**
 * The config to read `filePath` with when it is a locale file its config's `sources` selects,
 * else undefined. The extension is checked first, so `configOf` (a config lookup) runs only
 * for JSON, YAML and .po files: the CLI, the matrix, diff and the language server ask this
 * of every file they see.
 */
export function sourceFileConfig(filePath: string, configOf: () => ResolvedConfig | undefined, cwd?: string): ResolvedConfig | undefined {
  if (!formatFromExtension(filePath)) return undefined;
  const config = configOf();
  return templateSourceFor(config, filePath, cwd) ? config : undefined;
}

/** The source (and its format) `filePath` belongs to: the nearest config's first match. */
export function templateSourceFor(
  config: ResolvedConfig | undefined,
  filePath: string,
  cwd?: string,
): { source: TemplateSource; format: SourceFormatId } | undefined {
  if (!config?.templateSources?.length) return undefined;
  const path = nodePath();
  const base = cwd ?? process.cwd();
  const absolute = toPosix(path.resolve(base, filePath));
  const relative = toPosix(path.relative(base, absolute));
  for (const source of config.templateSources) {
    const match = filesMatcher(source);
    if (!match(absolute) && !match(relative)) continue;
    const format = source.format ?? formatFromExtension(filePath);
    if (format) return { source, format };
  }
  return undefined;
}
