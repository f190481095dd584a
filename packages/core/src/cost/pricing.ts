/**
 * Prices per segment from the config's `pricing` (no built-in prices: they change and differ
 * per contract) and a template's `destinations` shares (docs/cost.md).
 */
import type { Encoding } from '../encoding/types.js';

/** Price per segment by destination: ISO 3166-1 alpha-2 country code or "default". */
export type PriceTable = Record<string, number>;

export interface PricingConfig {
  /** ISO 4217 code shown with every amount, e.g. "USD". */
  currency: string;
  /** Price of one segment per destination country, and "default" for any other. */
  perSegment: PriceTable;
  /** Prices that replace `perSegment` for messages sent in one encoding (some contracts bill UCS-2 higher). */
  encodings?: Partial<Record<Encoding, PriceTable>>;
}

/** Share of messages per destination country, e.g. {US: 0.8, CA: 0.2}. */
export type Destinations = Record<string, number>;

export interface SegmentPrice {
  /** Average price of one segment over the destinations, or null when a destination has no price. */
  price: number | null;
  /** Destinations without a price (neither their own nor "default"). */
  unpriced: string[];
}

function priceFor(pricing: PricingConfig, encoding: Encoding, country: string): number | undefined {
  const byEncoding = pricing.encodings?.[encoding];
  return byEncoding?.[country] ?? byEncoding?.default ?? pricing.perSegment[country] ?? pricing.perSegment.default;
}

/**
 * The price of one segment in `encoding`, averaged over `destinations` weighted by their
 * shares (normalised to their sum); without destinations, the "default" price.
 */
export function segmentPrice(pricing: PricingConfig, encoding: Encoding, destinations?: Destinations): SegmentPrice {
  const entries = destinations ? Object.entries(destinations).filter(([, share]) => share > 0) : [];
  if (entries.length === 0) entries.push(['default', 1]);
  const total = entries.reduce((sum, [, share]) => sum + share, 0);
  let price = 0;
  const unpriced: string[] = [];
  for (const [country, share] of entries) {
    const here = priceFor(pricing, encoding, country.toUpperCase() === 'DEFAULT' ? 'default' : country.toUpperCase());
    if (here === undefined) unpriced.push(country);
    else price += (here * share) / total;
  }
  return { price: unpriced.length > 0 ? null : price, unpriced };
}

/** An amount with enough decimals for per-segment prices (0.0079) and whole months (304.80) alike. */
export function formatAmount(amount: number): string {
  const digits = Math.abs(amount) >= 1 || amount === 0 ? 2 : 4;
  return amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatMoney(amount: number, currency: string): string {
  return `${formatAmount(amount)} ${currency}`;
}

/** "0.0229–0.0305 USD", or one amount when both ends are equal. */
export function formatMoneyRange(range: { min: number; max: number }, currency: string): string {
  return range.min === range.max ? formatMoney(range.max, currency) : `${formatAmount(range.min)}–${formatMoney(range.max, currency)}`;
}
