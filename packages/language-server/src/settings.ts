import { severityFromName, type RuleSetting } from '@smslint/core';

/** Options the client passes once in `initialize` (`initializationOptions`). */
export interface InitializationOptions {
  /** Milliseconds to wait after the last edit before linting (default 150; 0 lints on the next tick). */
  debounceMs?: number;
  /** Show the per-template summary as code lens instead of inlay hints (default false). */
  preferCodeLens?: boolean;
  /** Documents larger than this many UTF-16 code units are linted only up to a template boundary below it (default 1,000,000). */
  maxAnalysisSize?: number;
  /** Documents larger than this many UTF-16 code units are not analysed at all: one "too large to lint live" notice instead (default 5,242,880, the CLI's file limit). */
  maxDocumentSize?: number;
}

/** Settings read from the client under the `smslint` section (`workspace/configuration`). */
export interface ClientSettings {
  /** false turns every smslint diagnostic off (default true). */
  enable: boolean;
  /** Severity overrides applied after the config file, e.g. `{ "text-speak": "off" }`. */
  rules: Record<string, RuleSetting>;
  /** A config file to use instead of discovery (absolute, or relative to the workspace root). */
  configPath: string | null;
}

export interface ServerOptions {
  debounceMs: number;
  preferCodeLens: boolean;
  maxAnalysisSize: number;
  maxDocumentSize: number;
}

export const DEFAULT_SETTINGS: ClientSettings = { enable: true, rules: {}, configPath: null };

const DEFAULT_DEBOUNCE_MS = 150;
const DEFAULT_MAX_ANALYSIS_SIZE = 1_000_000;
const DEFAULT_MAX_DOCUMENT_SIZE = 5 * 1024 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonNegativeNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Reads `initializationOptions` leniently: anything malformed falls back to the default. */
export function readServerOptions(raw: unknown): ServerOptions {
  const options = isRecord(raw) ? raw : {};
  return {
    debounceMs: nonNegativeNumber(options.debounceMs, DEFAULT_DEBOUNCE_MS),
    preferCodeLens: options.preferCodeLens === true,
    maxAnalysisSize: Math.max(1_000, nonNegativeNumber(options.maxAnalysisSize, DEFAULT_MAX_ANALYSIS_SIZE)),
    maxDocumentSize: Math.max(1_000, nonNegativeNumber(options.maxDocumentSize, DEFAULT_MAX_DOCUMENT_SIZE)),
  };
}


function isRuleSetting(value: unknown): value is RuleSetting {
  if (!Array.isArray(value)) return severityFromName(value) !== undefined;
  return value.length === 2 && severityFromName(value[0]) !== undefined && isRecord(value[1]);
}

/**
 * Reads the client's `smslint` settings section. Unknown or malformed values are dropped
 * (a typo in editor settings must not stop linting).
 */
export function readClientSettings(raw: unknown): ClientSettings {
  if (!isRecord(raw)) return { ...DEFAULT_SETTINGS, rules: {} };
  const rules: Record<string, RuleSetting> = {};
  if (isRecord(raw.rules)) {
    for (const [id, setting] of Object.entries(raw.rules)) if (isRuleSetting(setting)) rules[id] = setting;
  }
  return {
    enable: raw.enable !== false,
    rules,
    configPath: typeof raw.configPath === 'string' && raw.configPath.trim() !== '' ? raw.configPath : null,
  };
}
