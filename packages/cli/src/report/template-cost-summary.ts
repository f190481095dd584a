import type { TemplateCost } from '@smslint/core';

/**
 * A template's cost as plain JSON for `--format json`, `inspect` and `diff`: segments and
 * encoding min–max over renderings (as the configured provider sends them), the fit hint of
 * the worst case, and money when the config has `pricing`.
 */
export interface TemplateCostSummary {
  provider: string;
  encoding: { min: string; max: string };
  segments: { min: number; max: number };
  units: { min: number; max: number };
  exact: boolean;
  /** e.g. "4 characters over 1 segment: remove 4". */
  fit: string;
  /** Set when the provider profile changed the worst case, naming the profile. */
  profileEffect?: string;
  currency?: string;
  /** null when a destination has no price. */
  perMessage?: { min: number; max: number } | null;
  volume?: number;
  perMonth?: { min: number; max: number } | null;
  unpriced?: string[];
}

export function costSummary(cost: TemplateCost): TemplateCostSummary {
  const summary: TemplateCostSummary = {
    provider: cost.provider,
    encoding: { min: cost.min.encoding, max: cost.max.encoding },
    segments: { min: cost.min.segments, max: cost.max.segments },
    units: { min: cost.min.units, max: cost.max.units },
    exact: cost.exact,
    fit: cost.fitText,
  };
  if (cost.profileEffect) summary.profileEffect = cost.profileEffect.message;
  if (cost.currency !== undefined) {
    summary.currency = cost.currency;
    summary.perMessage = cost.perMessage ?? null;
    if (cost.volume !== undefined) {
      summary.volume = cost.volume;
      summary.perMonth = cost.perMonth ?? null;
    }
    if (cost.unpriced) summary.unpriced = cost.unpriced;
  }
  return summary;
}
