import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { anchorTemplateSources } from '../sources/source-spec.js';
import { parseJsonSource } from './json-source.js';
import { mergeConfigs } from './merge.js';
import type { ConfigError, ResolvedConfig, SmslintConfig } from './types.js';
import { validateConfig } from './validate.js';

/** Config file names, in the order they are looked for in each folder. */
export const CONFIG_FILE_NAMES = ['smslint.config.json', '.smslintrc.json'] as const;

export interface LoadConfigOptions {
  /** Use exactly this config file (no discovery, no merging). */
  configFile?: string;
  /** Base for a relative filePath / configFile (default process.cwd()). */
  cwd?: string;
}

export interface LoadConfigResult {
  config: ResolvedConfig;
  errors: ConfigError[];
}

interface ReadConfig {
  config: SmslintConfig;
  errors: ConfigError[];
}

/** Parsed config files and resolved configs per folder; cleared by clearConfigCache. */
const fileCache = new Map<string, ReadConfig>();
const folderCache = new Map<string, LoadConfigResult>();

/** Forget every loaded config (call when any config file changes, is created or deleted). */
export function clearConfigCache(): void {
  fileCache.clear();
  folderCache.clear();
}

/**
 * Read one config file. JSON only, parsed by our own parser: nothing from the
 * workspace is ever required, imported or evaluated. Never throws.
 */
export function readConfigFile(file: string): ReadConfig {
  const cached = fileCache.get(file);
  if (cached) return cached;
  let result: ReadConfig;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    result = { config: {}, errors: [{ file, message: `Cannot read config file: ${(error as Error).message}` }] };
    fileCache.set(file, result);
    return result;
  }
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    result = {
      config: {},
      errors: [
        {
          file,
          message: `Invalid JSON: ${parsed.message}`,
          range: { start: parsed.offset, end: Math.min(parsed.offset + 1, text.length) },
          pointer: '',
        },
      ],
    };
  } else {
    const validated = validateConfig(parsed.value, file, parsed.locations);
    result = { config: validated.config, errors: validated.errors };
  }
  fileCache.set(file, result);
  return result;
}

function configFileIn(folder: string): string | undefined {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(folder, name);
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      // unreadable entry: treat as absent
    }
  }
  return undefined;
}

function canonical(folder: string): string {
  try {
    return realpathSync(folder);
  } catch {
    return folder;
  }
}

/**
 * Make ignore, override and sources globs absolute (relative to their own config's folder)
 * so merged lists stay meaningful.
 */
function anchorGlobs(config: SmslintConfig, file: string): SmslintConfig {
  if (!config.ignore && !config.overrides && !config.sources) return config;
  const base = path.dirname(file).split(path.sep).join('/');
  const anchor = (glob: string) => (glob.startsWith('/') ? glob : `${base}/${glob.replace(/^\.\//, '')}`);
  const anchored: SmslintConfig = { ...config };
  if (config.ignore) anchored.ignore = config.ignore.map(anchor);
  if (config.overrides) {
    anchored.overrides = config.overrides.map((entry) => ({
      ...entry,
      files: typeof entry.files === 'string' ? anchor(entry.files) : entry.files.map(anchor),
    }));
  }
  if (config.sources) anchored.sources = anchorTemplateSources(config.sources, path.dirname(file));
  return anchored;
}

function resolveFolder(folder: string): LoadConfigResult {
  const cached = folderCache.get(folder);
  if (cached) return cached;
  const chain: SmslintConfig[] = [];
  const sources: string[] = [];
  const errors: ConfigError[] = [];
  const seen = new Set<string>();
  let current = folder;
  while (true) {
    const real = canonical(current);
    if (seen.has(real)) break; // symlink loop
    seen.add(real);
    const file = configFileIn(current);
    if (file) {
      const read = readConfigFile(file);
      chain.push(anchorGlobs(read.config, file));
      sources.push(file);
      errors.push(...read.errors);
      if (read.config.root === true) break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  const result = { config: mergeConfigs(chain, sources), errors };
  folderCache.set(folder, result);
  return result;
}

/**
 * The config for `filePath`: the nearest smslint.config.json (or .smslintrc.json) walking up
 * from the file's folder, merged with parents' configs up to one with `root: true`.
 * With `configFile`, exactly that file. Errors are returned, never thrown; invalid values
 * are left out and defaults apply for them. Results are memoised per folder.
 */
export function loadConfig(filePath: string, options: LoadConfigOptions = {}): LoadConfigResult {
  const cwd = options.cwd ?? process.cwd();
  if (options.configFile) {
    const file = path.resolve(cwd, options.configFile);
    const read = readConfigFile(file);
    return { config: mergeConfigs([anchorGlobs(read.config, file)], [file]), errors: read.errors };
  }
  return resolveFolder(path.dirname(path.resolve(cwd, filePath)));
}
