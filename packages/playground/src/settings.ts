import { DIALECT_IDS, PROVIDER_IDS, type DialectId, type ProviderId, type Region, type ShiftTableId, type TemplateKind } from '@smslint/core/browser';

/** What the page's controls set. Everything the analysis depends on, so the URL can carry it. */
export interface PlaygroundSettings {
  /** `message`: the text is one template body (as a `*.sms` file); `catalog`: a `*.sms.md` file. */
  format: 'message' | 'catalog';
  kind: TemplateKind;
  region: Region;
  /** Sender brand; '' means none configured. */
  brand: string;
  shiftTables: ShiftTableId[];
  graphemes: 'keep' | 'split';
  /** Segment budget; 0 means the rules' default. */
  maxSegments: number;
  /** Who sends the messages: `twilio` counts what Twilio Smart Encoding sends. */
  provider: ProviderId;
  /** How the text writes placeholders (`{{x}}`, `%{x}`, `{x}`, …). */
  placeholders: DialectId;
  /** Preview values by variable path, e.g. { firstName: 'Zoë' }. */
  samples: Record<string, string>;
}

export const DEFAULT_SETTINGS: PlaygroundSettings = {
  format: 'message',
  kind: 'support',
  region: 'us',
  brand: '',
  shiftTables: [],
  graphemes: 'keep',
  maxSegments: 0,
  provider: 'generic',
  placeholders: 'handlebars',
  samples: {},
};

export const KINDS: readonly TemplateKind[] = ['support', 'transactional', 'marketing'];
export const REGIONS: readonly Region[] = ['us', 'us-strict', 'ca', 'uk-eu'];
export const SHIFT_TABLES: readonly ShiftTableId[] = ['es', 'pt', 'tr'];

/**
 * Settings from untrusted data (a shared link): every field is checked and anything
 * unexpected falls back to its default, so a crafted URL can only produce valid settings.
 */
export function sanitizeSettings(value: unknown): PlaygroundSettings {
  const input = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const pick = <T>(candidate: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(candidate as T) ? (candidate as T) : fallback;
  const samples: Record<string, string> = {};
  if (input.samples && typeof input.samples === 'object' && !Array.isArray(input.samples)) {
    for (const [name, sample] of Object.entries(input.samples as Record<string, unknown>)) {
      if (typeof sample === 'string' && name.length > 0 && name.length <= 200) samples[name] = sample.slice(0, 1000);
    }
  }
  const maxSegments = Number(input.maxSegments);
  return {
    format: pick(input.format, ['message', 'catalog'] as const, DEFAULT_SETTINGS.format),
    kind: pick(input.kind, KINDS, DEFAULT_SETTINGS.kind),
    region: pick(input.region, REGIONS, DEFAULT_SETTINGS.region),
    brand: typeof input.brand === 'string' ? input.brand.slice(0, 100) : '',
    shiftTables: Array.isArray(input.shiftTables) ? SHIFT_TABLES.filter((id) => (input.shiftTables as unknown[]).includes(id)) : [],
    graphemes: pick(input.graphemes, ['keep', 'split'] as const, DEFAULT_SETTINGS.graphemes),
    maxSegments: Number.isInteger(maxSegments) && maxSegments >= 0 && maxSegments <= 255 ? maxSegments : 0,
    provider: pick(input.provider, PROVIDER_IDS, DEFAULT_SETTINGS.provider),
    placeholders: pick(input.placeholders, DIALECT_IDS, DEFAULT_SETTINGS.placeholders),
    samples,
  };
}
