import { resolveTemplateSources } from '../sources/source-spec.js';
import type { FileOverride, ResolvedConfig, SmslintConfig, TemplateSourceEntry } from './types.js';

/**
 * Merge configs, `configs[0]` nearest (wins). Maps (rules, variables, textSpeak.extra)
 * merge per key; textSpeak.allow, ignore and overrides accumulate (the nearest config's
 * overrides last, so they win); scalars take the nearest value.
 * `sources` (locale files) accumulate nearest first into `templateSources`: the nearest
 * config's match wins. Their globs are taken as written (loadConfig anchors them first).
 */
export function mergeConfigs(configs: SmslintConfig[], sources: string[]): ResolvedConfig {
  const merged: ResolvedConfig = { sources };
  for (const config of [...configs].reverse()) {
    for (const [key, value] of Object.entries(config)) {
      if (value === undefined || key === '$schema' || key === 'root') continue;
      switch (key) {
        case 'rules':
        case 'variables':
          (merged as unknown as Record<string, unknown>)[key] = {
            ...((merged as unknown as Record<string, Record<string, unknown> | undefined>)[key] ?? {}),
            ...(value as Record<string, unknown>),
          };
          break;
        case 'textSpeak': {
          const next = value as NonNullable<SmslintConfig['textSpeak']>;
          const prev = merged.textSpeak ?? {};
          merged.textSpeak = {
            allow: [...(prev.allow ?? []), ...(next.allow ?? [])],
            extra: { ...(prev.extra ?? {}), ...(next.extra ?? {}) },
          };
          break;
        }
        case 'sources':
          merged.templateSources = [...resolveTemplateSources(value as TemplateSourceEntry[]), ...(merged.templateSources ?? [])];
          break;
        case 'ignore':
          merged.ignore = [...(merged.ignore ?? []), ...(value as string[])];
          break;
        case 'overrides':
          merged.overrides = [...(merged.overrides ?? []), ...(value as FileOverride[])];
          break;
        default:
          (merged as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }
  return merged;
}
