/**
 * Which region a national number belongs to, from what the text says around it. A written
 * national number ("030 1234 5678", "01 42 68 53 00") is often valid in several regions; the
 * text usually says which one it means: a place ("Berlin office:", "Paris:", "… (NZ)"), or
 * the language it is written in. Hints only reorder the regions tried; they never make an
 * invalid number valid.
 */
import type { CountryCode } from 'libphonenumber-js/max';
/** The region the words right around a number name: the last place before it in its clause, or a tag after it. */
export declare function placeRegion(before: string, after: string): CountryCode | undefined;
/**
 * "1300 655 506": 1300 numbers are Australian only (Britain would write its 01300 area code
 * with the 0). 1800 numbers are not here: Ireland's freephone numbers look the same.
 */
export declare function layoutRegion(raw: string): CountryCode | undefined;
/**
 * The order in which to try regions for a national number: the place the text names, the
 * region the layout belongs to, the configured region, the text's language's regions, then
 * `fallback` (the fixed default order).
 */
export declare function regionOrder(place: CountryCode | undefined, layout: CountryCode | undefined, configured: CountryCode, language: () => string, fallback: readonly CountryCode[]): CountryCode[];
//# sourceMappingURL=phone-regions.d.ts.map