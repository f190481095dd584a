/**
 * What one template costs under the config: segments min–max over its renderings as the
 * configured provider sends them, the fit hint of the worst case, and money per message and
 * per month when `pricing` (and the template's `volume`) are known.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { SegmentCost } from '../encoding/segment-cost.js';
import { templateRangeOptions } from '../rules/placeholder-facts.js';
import { templateSegmentRange } from '../template/segment-range.js';
import type { SegmentRange, Template } from '../template/types.js';
import { describeFit, fitHint, type FitHint } from './fit.js';
import { segmentPrice } from './pricing.js';
import { providerProfile, type ProviderId } from './providers.js';

export interface MoneyRange {
  min: number;
  max: number;
}

export interface TemplateCost {
  provider: ProviderId;
  min: SegmentCost;
  max: SegmentCost;
  /** false when the range is a bound (many branches, each-loops, partials). */
  exact: boolean;
  /** The worst-case rendering as written (fit.cutFrom is an offset into it). */
  maxText: string;
  /** Fit hint of the worst-case rendering as sent. */
  fit: FitHint;
  /** describeFit(fit). */
  fitText: string;
  /**
   * Set when the provider profile changes the worst case: what a plain 3GPP count gives, and
   * a sentence naming the profile ("Twilio Smart Encoding: 1 segment instead of 2").
   */
  profileEffect?: { generic: SegmentCost; message: string };
  /** Currency of the amounts, when `pricing` is configured. */
  currency?: string;
  /** Cost of one message, min–max over renderings; null when a destination has no price. */
  perMessage?: MoneyRange | null;
  /** perMessage × the template's `volume` (messages per month). */
  perMonth?: MoneyRange | null;
  volume?: number;
  /** Destinations of the template without a price in `pricing`. */
  unpriced?: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function costOf({ encoding, units, segments }: SegmentCost): SegmentCost {
  return { encoding, units, segments };
}

/**
 * `genericRange`: the template's `templateSegmentRange` under the config's options, when the
 * caller has it already (editors compute it for the preview); reused unless a provider
 * profile changes what is counted.
 */
export function templateCost(template: Template, config: ResolvedConfig, genericRange?: SegmentRange): TemplateCost {
  const profile = providerProfile(config.provider);
  // Placeholders count with their declared or inferred types, as every rule and view does.
  const options = templateRangeOptions(template, config);
  const range = profile.sendText
    ? templateSegmentRange(template, { ...options, sendText: profile.sendText })
    : genericRange ?? templateSegmentRange(template, options);
  const fit = fitHint(range.maxText, options.countOptions, undefined, profile.sendText);
  const cost: TemplateCost = {
    provider: profile.id,
    min: costOf(range.min),
    max: costOf(range.max),
    exact: range.exact,
    maxText: range.maxText,
    fit,
    fitText: describeFit(fit),
  };
  if (profile.sendText) {
    const generic = (genericRange ?? templateSegmentRange(template, options)).max;
    if (generic.segments !== range.max.segments || generic.encoding !== range.max.encoding) {
      cost.profileEffect = {
        generic: costOf(generic),
        message: `${profile.label}: ${plural(range.max.segments, 'segment')} (${range.max.encoding}) instead of ${generic.segments} (${generic.encoding})`,
      };
    }
  }
  const pricing = config.pricing;
  if (!pricing) return cost;
  const destinations = template.metadata.destinations;
  const low = segmentPrice(pricing, range.min.encoding, destinations);
  const high = segmentPrice(pricing, range.max.encoding, destinations);
  cost.currency = pricing.currency;
  const unpriced = [...new Set([...low.unpriced, ...high.unpriced])];
  if (unpriced.length > 0) cost.unpriced = unpriced;
  cost.perMessage = low.price === null || high.price === null ? null : { min: low.price * range.min.segments, max: high.price * range.max.segments };
  const volume = template.metadata.volume;
  if (typeof volume === 'number') {
    cost.volume = volume;
    cost.perMonth = cost.perMessage ? { min: cost.perMessage.min * volume, max: cost.perMessage.max * volume } : null;
  }
  return cost;
}
