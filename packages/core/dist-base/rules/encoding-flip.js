import { templateMaxCostUnder } from '../template/segment-range.js';
import { templateRangeOptions } from './placeholder-facts.js';
import { variableRoot } from './variables.js';
/**
 * The cost of a UCS-2 switch per risky placeholder, or undefined when the literal text
 * already forces UCS-2 (a value cannot make it worse; ucs2-character reports the text).
 * Counts use the declared specs and the types inferred for the rest.
 */
export function encodingFlips(template, config, risky) {
    const flips = new Map();
    if (risky.length === 0)
        return flips;
    const options = templateRangeOptions(template, config);
    const maxCostWith = templateMaxCostUnder(template, options);
    const declared = { ...(config.variables ?? {}), ...(template.metadata.variables ?? {}) };
    const allGsm = { ...declared };
    const asSpec = (fact) => ({ minLength: fact.spec.minLength, maxLength: fact.spec.maxLength });
    for (const fact of risky)
        allGsm[fact.name] = { ...asSpec(fact), charset: 'gsm' };
    const safe = maxCostWith(allGsm);
    if (safe.encoding !== 'GSM-7')
        return undefined;
    for (const fact of risky) {
        if (flips.has(fact.name))
            continue;
        const flipped = maxCostWith({ ...allGsm, [fact.name]: { ...asSpec(fact), charset: 'ucs2' } });
        flips.set(fact.name, { safe, flipped });
    }
    return flips;
}
/** "1 → 2 segments worst case (+1)" */
export function describeFlip({ safe, flipped }) {
    const cost = flipped.segments - safe.segments;
    return (`${safe.segments} → ${flipped.segments} segment${flipped.segments === 1 ? '' : 's'} worst case` +
        (cost > 0 ? ` (+${cost})` : ' (no extra segment at this length, but 70 instead of 160 characters per segment)'));
}
/** Placeholders whose values are sent and can be checked: not conditions, not inside each/with, no spaces in the name. */
export function checkablePlaceholders(facts) {
    const seen = new Set();
    return facts.filter((fact) => {
        if (fact.scoped || seen.has(fact.name) || /\s/.test(fact.name.trim()) || !variableRoot(fact.name))
            return false;
        seen.add(fact.name);
        return true;
    });
}
//# sourceMappingURL=encoding-flip.js.map