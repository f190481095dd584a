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

/** The template's locale: its metadata (front matter merged), the config, then the file's path; undefined if none says. */
export function localeOf(template: Template, config: ResolvedConfig, path: string): string | undefined {
  return resolveLocale(template.metadata.locale, config.locale) ?? localeFromPath(path)?.locale;
}

/** The language subtag of the template's locale ("pt-BR" → "pt"), or undefined when unknown. */
export function languageOf(template: Template, config: ResolvedConfig, path: string): string | undefined {
  return localeLanguage(localeOf(template, config, path));
}
