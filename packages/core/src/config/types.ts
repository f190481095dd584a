import type { DialectId, Region, TemplateKind, VariableSpec } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';
import type { PricingConfig } from '../cost/pricing.js';
import type { ProviderId } from '../cost/providers.js';

/** As ESLint and markdownlint-cli2 spell them: a name, or 0 (off), 1 (warn), 2 (error). */
export type SeverityName = 'off' | 'info' | 'warn' | 'warning' | 'error' | 0 | 1 | 2;
export type RuleSetting = SeverityName | [SeverityName, Record<string, unknown>];

/** `smslint.config.json` / `.smslintrc.json` as written (validated against the JSON schema). */
export interface SmslintConfig {
  $schema?: string;
  /** Stop merging parent folders' configs here. */
  root?: boolean;
  rules?: Record<string, RuleSetting>;
  kind?: TemplateKind;
  region?: Region;
  brand?: string;
  /** Locale of the templates ("es", "pt-BR") when neither metadata nor the file's path says. */
  locale?: string;
  /** Text appended by the opt-out quick fix, e.g. "Reply STOP to opt out." */
  optOutText?: string;
  /** Text appended by the multichannel-redirect quick fix. */
  redirectText?: string;
  maxSegments?: number;
  shiftTables?: string[];
  graphemes?: 'keep' | 'split';
  variables?: Record<string, VariableSpec>;
  textSpeak?: { allow?: string[]; extra?: Record<string, string> };
  ignore?: string[];
  /** Who sends the messages: 'generic' (3GPP only, default) or 'twilio' (Smart Encoding). */
  provider?: ProviderId;
  /** Prices per segment, for cost per message and per month (no built-in prices). */
  pricing?: PricingConfig;
  /** Placeholder dialect of templates (default handlebars); front matter `placeholders` wins. */
  placeholders?: DialectId;
  /** Settings for the files some globs select; later entries win (see `FileOverride`). */
  overrides?: FileOverride[];
  /** Locale files whose strings are templates (JSON, YAML, gettext .po): presets or specs. */
  sources?: TemplateSourceEntry[];
}

/** A source preset name: `"rails"`, `"i18next"` or `"gettext"`. */
export type SourcePresetName = 'rails' | 'i18next' | 'gettext';

/** One `sources` item as written: a preset name, or a spec (a preset's fields overridden). */
export type TemplateSourceEntry = SourcePresetName | TemplateSourceConfig;

export interface TemplateSourceConfig {
  preset?: SourcePresetName;
  /** Globs of the locale files, relative to the config's folder. */
  files?: string | string[];
  /** Key-path globs of the strings that are templates (`*.sms.**`); default every string. */
  keys?: string | string[];
  /** Placeholder dialect of the strings (e.g. "rails", "handlebars", "icu", "printf"). */
  placeholders?: DialectId;
  /** File format; default from the extension (.json, .yml/.yaml, .po/.pot). */
  format?: 'json' | 'yaml' | 'po';
}

/** A `sources` item after presets are applied and its globs anchored at its config's folder. */
export interface TemplateSource {
  files: string[];
  keys: string[];
  placeholders: DialectId;
  format?: 'json' | 'yaml' | 'po';
  /** The first key is the template's locale (Rails locale files). */
  localeKey: boolean;
}

/**
 * Per-file settings: `files` are globs relative to the config's folder (like `ignore`),
 * anchored when the config is loaded. Each setting here also exists at the top level;
 * a matching entry replaces the top-level value for that file.
 */
export interface FileOverride {
  files: string | string[];
  placeholders?: DialectId;
  /** Locale of these files' templates; wins over the locale their path names. */
  locale?: string;
}

/** The settings `FileOverride` can change, as they apply to one file. */
export type FileSettings = Omit<FileOverride, 'files'>;

/** A config after discovery and merging, ready for linting. */
export interface ResolvedConfig extends Omit<SmslintConfig, 'sources'> {
  /** Config files merged into this one, nearest first. */
  sources: string[];
  /**
   * The configs' `sources` entries (locale files as templates), nearest config first,
   * presets applied and globs anchored (named apart from `sources`, the config file list).
   */
  templateSources?: TemplateSource[];
}

/** An invalid config: a located, human message. Never thrown at callers of the lint API. */
export interface ConfigError {
  file: string;
  message: string;
  /** Where in the config file, when known. */
  range?: OffsetRange;
  /** JSON pointer of the bad value, e.g. "/rules/text-speak". */
  pointer?: string;
}
