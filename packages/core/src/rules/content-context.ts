import { fileSettings } from '../config/overrides.js';
import type { ResolvedConfig } from '../config/types.js';
import { localeLanguage } from '../detect/language.js';
import { localeFromPath, resolveLocale } from '../template/locale.js';
import type { Region, Template, TemplateKind } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';

/**
 * What the content rules read about a template. Detectors run on `body.masked`, where every
 * mustache is U+FFFC of the same length, so masked offset i is document offset
 * `body.range.start + i`.
 */
export function documentRange(template: Template, match: { start: number; end: number }): OffsetRange {
  const base = template.body.range.start;
  return { start: base + match.start, end: base + match.end };
}

/** Template kind as the lint engine resolves it: metadata (front matter merged), config, 'support'. */
export function kindOf(template: Template, config: ResolvedConfig): TemplateKind {
  return template.metadata.kind ?? config.kind ?? 'support';
}

/** Region profile: metadata, config, else 'us'. */
export function regionOf(template: Template, config: ResolvedConfig): Region {
  const region = template.metadata.region ?? config.region;
  return region === 'us' || region === 'us-strict' || region === 'ca' || region === 'uk-eu' ? region : 'us';
}

/** The brand a template should name: template metadata (or front matter) over config; undefined if unset. */
export function brandOf(template: Template, config: ResolvedConfig): string | undefined {
  for (const candidate of [template.metadata.brand, config.brand]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim();
  }
  return undefined;
}

/** A string config value, or `fallback` when unset, blank or not a string. */
export function configText(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

/**
 * The template's locale: its metadata (front matter, a Rails file's top-level key), a matching
 * `overrides` entry's `locale`, the file's path (`es.yml`, `templates/es/`), then the config's
 * `locale`; undefined if none says. The path comes before the top-level config: it is specific
 * to the file, a config default is not. A locale string's path ends in `#<key>.sms`: the file is before it.
 */
export function localeOf(template: Template, config: ResolvedConfig, path: string): string | undefined {
  const filePath = path.replace(/#[^/\\]*$/, '');
  return (
    resolveLocale(template.metadata.locale) ??
    (config.overrides?.length ? resolveLocale(fileSettings(config, filePath).locale) : undefined) ??
    localeFromPath(filePath)?.locale ??
    resolveLocale(config.locale)
  );
}

/** The language subtag of the template's locale ("pt-BR" → "pt"), or undefined when unknown. */
export function languageOf(template: Template, config: ResolvedConfig, path: string): string | undefined {
  return localeLanguage(localeOf(template, config, path));
}
