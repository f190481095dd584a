import type { DialectId } from '../template/types.js';
import type { SourceFormatId } from './types.js';

/** What a preset sets for a source: defaults that the source's own fields override. */
export interface SourcePresetSpec {
  files: string[];
  format: SourceFormatId;
  placeholders: DialectId;
  /** The first key is the locale (Rails: `en:` at the top of en.yml). */
  localeKey: boolean;
}

/** `sources: ["rails"]` or `{ "preset": "rails", "keys": [...] }`. Data, not code. */
export const SOURCE_PRESETS: Record<string, SourcePresetSpec> = {
  rails: { files: ['config/locales/**/*.yml', 'config/locales/**/*.yaml'], format: 'yaml', placeholders: 'rails', localeKey: true },
  i18next: { files: ['locales/**/*.json', 'public/locales/**/*.json'], format: 'json', placeholders: 'handlebars', localeKey: false },
  gettext: { files: ['**/*.po'], format: 'po', placeholders: 'printf', localeKey: false },
};

export const SOURCE_PRESET_NAMES = Object.keys(SOURCE_PRESETS);
