import type { SmslintConfig } from './types.js';

/**
 * What smslint assumes for a config field that no config sets: the "default" column of
 * docs/configuration.md (a docs test compares the two), shown by `smslint --print-config`.
 * Fields without an entry (brand, optOutText, …) have no default: unset means not used.
 */
export const CONFIG_DEFAULTS: Readonly<Partial<Record<keyof SmslintConfig, unknown>>> = {
  root: false,
  rules: {},
  kind: 'support',
  region: 'us',
  maxSegments: 2,
  shiftTables: [],
  graphemes: 'keep',
  variables: {},
  textSpeak: {},
  ignore: [],
  provider: 'generic',
  placeholders: 'handlebars',
  overrides: [],
  sources: [],
};
