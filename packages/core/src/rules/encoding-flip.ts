import type { ResolvedConfig } from '../config/types.js';
import type { SegmentCost } from '../encoding/segment-cost.js';
import { templateMaxCostFlips, templateMaxCostUnder } from '../template/segment-range.js';
import type { Template, VariableSpec } from '../template/types.js';
import { templateRangeOptions, type PlaceholderFact } from './placeholder-facts.js';
import { variableRoot } from './variables.js';

/** What one non-GSM character in a placeholder's value would cost in the worst case. */
export interface EncodingFlip {
  /** Worst case with every risky placeholder GSM-7. */
  safe: SegmentCost;
  /** Worst case with this placeholder free to hold any character. */
  flipped: SegmentCost;
}

/**
 * The cost of a UCS-2 switch per risky placeholder, or undefined when the literal text
 * already forces UCS-2 (a value cannot make it worse; ucs2-character reports the text).
 * Counts use the declared specs and the types inferred for the rest.
 */
export function encodingFlips(template: Template, config: ResolvedConfig, risky: readonly PlaceholderFact[]): Map<string, EncodingFlip> | undefined {
  const flips = new Map<string, EncodingFlip>();
  if (risky.length === 0) return flips;
  const options = templateRangeOptions(template, config);
  const maxCostWith = templateMaxCostUnder(template, options);
  const declared: Record<string, VariableSpec> = { ...(config.variables ?? {}), ...(template.metadata.variables ?? {}) };
  const allGsm: Record<string, VariableSpec> = { ...declared };
  const asSpec = (fact: PlaceholderFact): VariableSpec => ({ minLength: fact.spec.minLength, maxLength: fact.spec.maxLength });
  for (const fact of risky) allGsm[fact.name] = { ...asSpec(fact), charset: 'gsm' };
  const safe = maxCostWith(allGsm);
  if (safe.encoding !== 'GSM-7') return undefined;
  // Short messages: when every risky value at once adds no segment, no single one does
  // (a switch only ever adds), so one count answers for all of them.
  const allUcs2: Record<string, VariableSpec> = { ...allGsm };
  for (const fact of risky) allUcs2[fact.name] = { ...asSpec(fact), charset: 'ucs2' };
  const all = maxCostWith(allUcs2);
  if (all.segments === safe.segments) {
    for (const fact of risky) flips.set(fact.name, { safe, flipped: all });
    return flips;
  }
  // Each risky placeholder in turn free to hold any character, the others GSM: all in one
  // pass (templateMaxCostFlips), linear in the number of placeholders.
  const each = new Map(risky.map((fact) => [fact.name, { ...asSpec(fact), charset: 'ucs2' as const }]));
  for (const [name, flipped] of templateMaxCostFlips(template, options, allGsm, each)) flips.set(name, { safe, flipped });
  return flips;
}

/** "1 → 2 segments worst case (+1)" */
/** "(1 → 2 segments)": the cost in a few characters, for a message's first sentence. */
export function flipCost({ safe, flipped }: EncodingFlip): string {
  return flipped.segments > safe.segments ? `(${safe.segments} → ${flipped.segments} segments)` : '(70 characters per segment)';
}

export function describeFlip({ safe, flipped }: EncodingFlip): string {
  const cost = flipped.segments - safe.segments;
  return (
    `${safe.segments} → ${flipped.segments} segment${flipped.segments === 1 ? '' : 's'} worst case` +
    (cost > 0 ? ` (+${cost})` : ' (no extra segment at this length, but 70 instead of 160 characters per segment)')
  );
}

/** Placeholders whose values are sent and can be checked: not conditions, not inside each/with, no spaces in the name. */
export function checkablePlaceholders(facts: readonly PlaceholderFact[]): PlaceholderFact[] {
  const seen = new Set<string>();
  return facts.filter((fact) => {
    if (fact.scoped || seen.has(fact.name) || /\s/.test(fact.name.trim()) || !variableRoot(fact.name)) return false;
    seen.add(fact.name);
    return true;
  });
}
