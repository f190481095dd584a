/**
 * Which region a national number belongs to, from what the text says around it. A written
 * national number ("030 1234 5678", "01 42 68 53 00") is often valid in several regions; the
 * text usually says which one it means: a place ("Berlin office:", "Paris:", "… (NZ)"), or
 * the language it is written in. Hints only reorder the regions tried; they never make an
 * invalid number valid.
 */
import type { CountryCode } from 'libphonenumber-js/max';

/** Countries and their main cities, as support texts name them (English and local names). */
const PLACES: ReadonlyArray<readonly [CountryCode, readonly string[]]> = [
  ['GB', ['United Kingdom', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'London', 'Manchester', 'Birmingham', 'Leeds', 'Liverpool', 'Bristol', 'Edinburgh', 'Glasgow', 'Cardiff', 'Belfast']],
  ['IE', ['Ireland', 'Éire', 'Dublin', 'Cork', 'Galway', 'Limerick']],
  ['FR', ['France', 'Paris', 'Lyon', 'Marseille', 'Toulouse', 'Lille', 'Bordeaux', 'Nantes', 'Nice']],
  ['BE', ['Belgium', 'Belgique', 'België', 'Brussels', 'Bruxelles', 'Brussel', 'Antwerp', 'Antwerpen', 'Ghent', 'Gent', 'Liège']],
  ['NL', ['Netherlands', 'Nederland', 'Holland', 'Amsterdam', 'Rotterdam', 'The Hague', 'Den Haag', 'Utrecht', 'Eindhoven']],
  ['DE', ['Germany', 'Deutschland', 'Berlin', 'Munich', 'München', 'Hamburg', 'Frankfurt', 'Cologne', 'Köln', 'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dresden']],
  ['AT', ['Austria', 'Österreich', 'Vienna', 'Wien', 'Salzburg', 'Graz', 'Innsbruck', 'Linz']],
  ['CH', ['Switzerland', 'Schweiz', 'Suisse', 'Svizzera', 'Zurich', 'Zürich', 'Geneva', 'Genève', 'Bern', 'Berne', 'Basel', 'Lausanne']],
  ['IT', ['Italy', 'Italia', 'Rome', 'Roma', 'Milan', 'Milano', 'Naples', 'Napoli', 'Turin', 'Torino', 'Florence', 'Firenze', 'Bologna']],
  ['ES', ['Spain', 'España', 'Madrid', 'Barcelona', 'Valencia', 'Sevilla', 'Seville', 'Bilbao', 'Málaga']],
  ['PT', ['Portugal', 'Lisbon', 'Lisboa', 'Porto']],
  ['MX', ['Mexico', 'México', 'Mexico City', 'Ciudad de México', 'CDMX', 'Guadalajara', 'Monterrey', 'Puebla', 'Tijuana', 'Cancún', 'Cancun']],
  ['AU', ['Australia', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Canberra', 'Hobart', 'Darwin']],
  ['NZ', ['New Zealand', 'Aotearoa', 'Auckland', 'Wellington', 'Christchurch']],
  ['ZA', ['South Africa', 'Johannesburg', 'Cape Town', 'Durban', 'Pretoria']],
  ['IN', ['India', 'Mumbai', 'Delhi', 'New Delhi', 'Bangalore', 'Bengaluru', 'Chennai', 'Hyderabad', 'Kolkata', 'Pune']],
];
/**
 * Country codes as tags: only upper case and only as a label ("UK:", "AU office:") or a tag
 * after the number ("(NZ)"), so the Spanish "de" or "in" in a sentence are no places.
 */
const CODES: Readonly<Record<string, CountryCode>> = {
  UK: 'GB', GB: 'GB', IE: 'IE', FR: 'FR', BE: 'BE', NL: 'NL', DE: 'DE', AT: 'AT', CH: 'CH', IT: 'IT', ES: 'ES', PT: 'PT', MX: 'MX', AU: 'AU', AUS: 'AU', NZ: 'NZ', ZA: 'ZA', IN: 'IN',
};

const PLACE_REGION = new Map<string, CountryCode>();
for (const [region, names] of PLACES) for (const name of names) PLACE_REGION.set(name.toLowerCase(), region);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest names first, so "Northern Ireland" wins over "Ireland" and "New Delhi" over "Delhi". */
const NAMES = [...PLACE_REGION.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
/** A place name as a whole word (not "Nice" inside "Nicely", not "Perth" in "Perthshire"). */
const PLACE_NAME = new RegExp(`(?<![\\p{L}])(?:${NAMES})(?![\\p{L}])`, 'giu');
/** "UK:", "AU office:", "NZ line -" right before the number. */
const CODE_LABEL = /(?<![\p{L}])([A-Z]{2,3})(?:\s(?:office|team|desk|line|support|customers))?\s?:\s*$/u;
/** "(NZ)", "(Australia)" right after the number. */
const TAG_AFTER = /^[ \t]*\(([\p{L} ]{2,20})\)/u;
/** The clause a number belongs to starts after a sentence end or a line break. */
const CLAUSE_END = /[.!?](?=\s)|\n/g;

function lastClause(before: string): string {
  let from = 0;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(before); m !== null; m = CLAUSE_END.exec(before)) from = m.index + 1;
  return before.slice(from);
}

/** The region the words right around a number name: the last place before it in its clause, or a tag after it. */
export function placeRegion(before: string, after: string): CountryCode | undefined {
  const clause = lastClause(before);
  const code = CODE_LABEL.exec(clause);
  if (code !== null && CODES[code[1]!] !== undefined) return CODES[code[1]!];
  let last: CountryCode | undefined;
  PLACE_NAME.lastIndex = 0;
  for (let m = PLACE_NAME.exec(clause); m !== null; m = PLACE_NAME.exec(clause)) last = PLACE_REGION.get(m[0].toLowerCase()) ?? last;
  if (last !== undefined) return last;
  const tag = TAG_AFTER.exec(after);
  if (tag === null) return undefined;
  return CODES[tag[1]!] ?? PLACE_REGION.get(tag[1]!.toLowerCase());
}

/** Regions whose numbers a Spanish or French text most likely gives (English says nothing). */
const LANGUAGE_REGIONS: Readonly<Record<string, readonly CountryCode[]>> = {
  es: ['ES', 'MX'],
  fr: ['FR', 'BE', 'CH'],
  pt: ['BR', 'PT'],
  de: ['DE', 'AT', 'CH'],
  nl: ['NL', 'BE'],
};

/**
 * Currencies a text names, as region hints for a national number that several regions share
 * ("1800 123 456" is Irish and Australian freephone alike): euros point to Ireland, dollars
 * to Australia or New Zealand (a North American number has its own layout). Checked in this
 * order; the first currency found decides.
 */
const CURRENCY_REGIONS: ReadonlyArray<readonly [RegExp, readonly CountryCode[]]> = [
  [/A\$|\bAUD\b/, ['AU']],
  [/NZ\$|\bNZD\b/, ['NZ']],
  [/€|\bEUR\b/, ['IE', 'FR', 'BE', 'NL', 'DE', 'AT', 'IT', 'ES', 'PT']],
  [/£|\bGBP\b/, ['GB']],
  [/\$/, ['AU', 'NZ', 'MX']],
];

/** The regions the currency a text names points to (none when it names none). */
export function currencyRegions(text: string): readonly CountryCode[] {
  for (const [pattern, regions] of CURRENCY_REGIONS) if (pattern.test(text)) return regions;
  return [];
}

/**
 * "1300 655 506": 1300 numbers are Australian only (Britain would write its 01300 area code
 * with the 0). 1800 numbers are not here: Ireland's freephone numbers look the same.
 */
export function layoutRegion(raw: string): CountryCode | undefined {
  return /^1300[ .-]?\d{3}[ .-]?\d{3}$/.test(raw) ? 'AU' : undefined;
}

/**
 * The order in which to try regions for a national number: the place the text names, the
 * region the layout belongs to, the configured region, the text's language's regions, the
 * regions of the currency it names, then `fallback` (the fixed default order).
 */
export function regionOrder(
  place: CountryCode | undefined,
  layout: CountryCode | undefined,
  configured: CountryCode,
  language: () => string,
  fallback: readonly CountryCode[],
  currency: () => readonly CountryCode[] = () => [],
): CountryCode[] {
  const order: CountryCode[] = [];
  if (place !== undefined) order.push(place);
  if (layout !== undefined) order.push(layout);
  order.push(configured);
  order.push(...(LANGUAGE_REGIONS[language()] ?? []));
  order.push(...currency());
  order.push(...fallback);
  return [...new Set(order)];
}
