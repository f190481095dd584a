/**
 * Callable phone numbers. Candidates are found with linear regexes (NANP layouts and
 * "+" international numbers), then parsed and typed by libphonenumber-js (max metadata).
 * Short codes are only numbers after a Text/Reply/Call verb ("text 12345", "call 611"), a
 * keyword ("… or STOP to 12345") or a contact label ("Info: 311"). National numbers of other
 * countries ("020 7946 0321") are validated against a list of regions, tried first in the
 * region the text points to (phone-regions.ts: "Berlin: 030 1234 5678" is German, not British).
 * Australia's "13 22 21" and Mexico's old "+52 1 55 1234 5678" have their own checks.
 * Traps (sms-facts.md §3 spirit): order numbers, dates, amounts, one-time codes, times.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { guessLanguage } from './language.js';
import { currencyRegions, layoutRegion, placeRegion, regionOrder } from './phone-regions.js';
import { asText, dedupeOverlaps } from './scan.js';
import { copyMatches, DETECTOR_MEMO_SIZE, TextMemo } from './text-memo.js';
import type { PhoneKind, PhoneMatch, PhoneOptions } from './types.js';

/** "+1 (800) 555-0199", "1-800-555-0199", "(415) 555 0123", "415.555.0123", "4155550123". */
const NANP = /(?<![\w\uFFFC+$#.,/-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}(?![\w\uFFFC]|[.,/-]\d)/g;
/** A 7-digit local number "555-0123" (dash or dot required), before a calling context check. */
const LOCAL = /(?<![\w\uFFFC+$#.,/-])[2-9]\d{2}[.-]\d{4}(?![\w\uFFFC]|[.,/-]\d)/g;
/** "call 555-0123", "at 555-0123", "phone: 555-0123": what makes a 7-digit string a number. */
const CALL_CONTEXT = /\b(?:call|dial|phone|tel|text|reach\s+us|contact\s+us|at|on|llame|llama|al|appelez|au|(?:marque|marca|marcar|comun[ií]quese\s+al|composez)(?:\s+(?:el|le))?)[\s.:]*$/i;
/**
 * "Madrid: 91 123 45 67", "Sydney office: 02 9374 4000": a place (or a place's office) labels
 * the number. Only for grouped national numbers, which must still parse as valid; not a
 * field label ("Total:", "Reminder:", "Date:").
 */
const SPACE_GROUPED = /^\d{2,4}(?: \d{2,4}){2,3}$/;
const PLACE_LABEL = /(?:^|[.!?;\n]\s*)(?!(?:Reminder|Total|Balance|Amount|Date|Time|Due|Price|Cost|Points|Miles|Score|Quantity|Password|Serial|Item|Room|Seat|Gate|Flight|Train|Route|Zip|Postcode|Address|Hours|Valid|Expires|Fecha|Hora|Montant|Heure|Solde)\s?:)\p{Lu}[\p{Ll}'-]{2,20}(?:\s\p{Lu}[\p{Ll}'-]{2,20})?(?:\s(?:office|team|desk|line|support|oficina|bureau))?\s?:\s*$/u;
/**
 * "+44 20 7946 0958", "+33 1 23 45 67 89": a "+" then 7–15 digits in small groups. Long
 * enough for 15 digits with separators ("+49 (0) 30 - 12 34 56 78"): a shorter window cut
 * such numbers to a valid prefix.
 */
const INTERNATIONAL = /(?<![\w\uFFFC])\+\d[\d ().-]{5,32}\d(?![\w\uFFFC]|[.,/-]\d)/g;
/** Toll-free vanity numbers: "1-800-FLOWERS", "(888) GET-ACME" (at least three letters). */
const VANITY = /(?<![\w\uFFFC+$#])(?:1[ .-]?)?(?:\(8(?:00|33|44|55|66|77|88)\)|8(?:00|33|44|55|66|77|88))[ .-]?(?=(?:[0-9-]*[A-Z]){3})[A-Z0-9]{2,10}(?:-[A-Z0-9]{2,10})?(?![\w\uFFFC])/g;
const KEYPAD = ['', '', 'ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'];
/**
 * A number right after a messaging/calling verb, with an optional KEYWORD and "to". Not a
 * time, an amount or a count ("Call 1300 customers", "text 500 people").
 */
const SHORT_CODE = /\b(?:text|txt|reply|send|sms|message|msg|call|dial|textez|envoyez|texto|env[ií]a|env[ií]e|llama|llame|appelez|composez)\b(?:[ \t]+["“'‘]?(?:[A-Z]{2,15}|\d)["”'’]?(?:[ \t]+or[ \t]+[A-Z]{2,15})?)?(?:[ \t]+(?:anytime|any[ \t]+time|24\/7))?(?:[ \t]+(?:to|at|al|au))?[ \t]+(\*?\d{3,6}|\d{3}-\d{3}(?!\d))(?![\w\uFFFC]|[.,:/-]\d|[ \t]\d{2}|[ \t]*(?:%|\$|am\b|pm\b|a\.m\.|p\.m\.|minutes?\b|mins?\b|hours?\b|days?\b)|[ \t]+(?:people|persons|customers|clients|users|members|patients|times|items|units|points|miles)\b)/gi;
/**
 * "…or STOP to 727272 to cancel", "ALTO al 33433": a keyword sent to a short code whose verb
 * came earlier. Not an amount: "SAVE UP TO 50000 POINTS".
 */
const KEYWORD_TO_CODE = /(?<![\p{L}\p{N}])(?!UP[ \t])[A-Z]{2,15}[ \t]+(?:to|TO|al|AL|au|AU)[ \t]+(\d{5,6})(?![\p{L}\p{N}\uFFFC]|[.,:/-]\d|[ \t]*(?:%|[Pp](?:oints?|OINTS?|ts|TS)\b|[Mm](?:iles|ILES)\b|[Pp](?:eople|EOPLE)\b|[Uu](?:sers|SERS)\b))/gu;
/**
 * (A leading `(?<!\w)` in the `iu` patterns below is `\b` before a word, written so V8 runs it
 * fast: see WORD_START in scan.ts.)
 *
 * "Forward spam texts to 7726", "report it to 33700": carriers' spam-reporting short codes
 * (4–6 digits) ending the phrase. Not a year ("report to HR by 2026") or an address
 * ("report to 1204 Main St").
 */
const REPORT_TO_CODE = /(?<!\w)(?:forward|report)\b[^.!?\n]{0,40}?\bto[ \t]+(?!(?:19|20)\d\d(?!\d))(\d{4,6})(?=[ \t]*(?:$|[.,;:!?()\n](?!\d)|(?:for|to|or|and|now|today|free)\b))/giu;
/**
 * "Call 999 (UK) or 112 (EU)": a second service number offered with the same call verb.
 * Only the fixed emergency / N11 / 988 numbers, so "call 911 or 100 people" stays out.
 */
const OR_SERVICE_NUMBER = /(?<!\w)(?:call|dial|llame|llama|appelez|composez)\b[^.!?\n]{0,30}?\bor[ \t]+((?:[2-9]11|988|999|112|000)(?![\p{L}\p{N}\uFFFC]|[.,:/-]\d|[ \t]*(?:%|\$|am\b|pm\b|people\b|times\b)))/giu;
/** "TTY 711", "TDD: 711", "Relay 711": the telecommunications relay service for deaf callers. */
const RELAY_N11 = /\b(?:TTY|TDD|tty|tdd|[Rr]elay)(?:\/(?:TTY|TDD))?[ \t]*[.:]?[ \t]*(711)(?![\p{L}\p{N}\uFFFC]|[.,:/-]\d)/gu;
/** "Info : 311", "Help: 611", "police line: 311": an N11 service number given as a labelled contact. */
const LABELLED_N11 = /(?<!\w)(?:line|hotline|helpline|info|information|tel|t[ée]l|phone|questions?|help|aide|ayuda|contact|support|emergency|urgence|emergencia)[ \t]*[.:][ \t]*([2-9]11)(?![\p{L}\p{N}\uFFFC]|[.,:/-]\d)/giu;
/**
 * The patterns whose group 1 is a short code, in priority order, each with its prefilter: a
 * cheap regex for a piece every match contains (the digits, or the word that introduces
 * them), so a text without it skips the costly pattern. Prefilters with letters use the
 * pattern's case flags, so Unicode case folding cannot make them disagree
 * (test/detect/prefilters.test.ts).
 */
export const SHORT_CODE_PATTERNS: ReadonlyArray<readonly [pattern: RegExp, needs: RegExp]> = [
  [KEYWORD_TO_CODE, /\d{5}/],
  [LABELLED_N11, /[.:][ \t]*[2-9]11/],
  [RELAY_N11, /711/],
  [REPORT_TO_CODE, /forward|report/iu],
  [OR_SERVICE_NUMBER, /or[ \t]+(?:[2-9]11|988|999|112|000)/iu],
];
/**
 * National numbers outside the North American plan, written in digit groups. With a trunk 0
 * ("020 7946 0321", "0800 028 0000", "01 42 68 53 00") the layout is telling enough; without
 * one ("33 3818 1800", "963 883 333") a calling word must come first. Neither may be a piece
 * of a longer digit run (tracking numbers: "9400 1118 9922 3344").
 */
const TRUNK_NATIONAL = /(?<![\w\uFFFC+$#.,/-]|\d[ .-])\(?0\d{1,4}\)?(?:[ .-]\d{2,6}){1,4}(?![\w\uFFFC]|[ .,/-]\d)/g;
const GROUPED_NATIONAL = /(?<![\w\uFFFC+$#.,/-]|\d[ .-])[1-9]\d{1,3}(?:[ .-]\d{2,4}){2,3}(?![\w\uFFFC]|[ .,/-]\d)/g;
/**
 * German-style national numbers: the area code, then the subscriber number in one block
 * ("030 1234567", "089 12345678"). Two groups are a weak layout, so, like GROUPED_NATIONAL,
 * they need a calling word, a place label or a number just before.
 */
const TRUNK_LONG_BLOCK = /(?<![\w\uFFFC+$#.,/-]|\d[ .-])0\d{1,4} \d{7,8}(?![\w\uFFFC]|[ .,/-]\d)/g;
const TRUNK_AND_BLOCK = /^0\d{1,4} \d{7,8}$/;
/**
 * Australian "13 xx xx" numbers (one rate nationwide), written in pairs: "13 22 21". Six
 * digits in pairs are also dates and scores, so only after a calling word or a contact or
 * Australian place label, and not before a unit ("13 22 21 points").
 */
const AU_THIRTEEN = /(?<![\w\uFFFC+$#.,/-]|\d[ .-])13 \d\d \d\d(?![\w\uFFFC]|[ .,:/-]\d|[ \t]*(?:%|\$|(?:points?|pts|miles|customers|people|users|members|items|units|times|days|hours|minutes|mins|am|pm|km|kg)\b))/gi;
/** "Call us on", "ring", "phone us anytime at": a calling word, then only small words before the number. */
const CALLING_WORD = /\b(?:call|ring|phone|dial|telephone|tel|contact|reach)(?:[ \t]+(?:us|me|them|now|today|anytime|any[ \t]+time|free))*(?:[ \t]+(?:on|at))?[ \t]*[.:]?[ \t]*$/i;
/** "Phone:", "Bookings line:", "Enquiries -": a contact label. */
const CONTACT_LABEL = /\b(?:phone|ph|tel|call|hotline|helpline|info|information|enquiries|inquiries|support|contact|bookings?|sales|customer\s(?:service|care))(?:\s(?:line|number|no\.?))?[ \t]*[.:-][ \t]*$/i;
/** Regions tried for a national number that is not valid in the configured region. */
const NATIONAL_REGIONS: readonly CountryCode[] = ['GB', 'IE', 'FR', 'BE', 'NL', 'DE', 'AT', 'CH', 'IT', 'ES', 'PT', 'MX', 'AU', 'NZ', 'ZA', 'IN'];
/** Verbs that offer a number for a voice call (not for a text). */
const CALL_VERB = /^(?:call|dial|llama|llame|appelez|composez)\b/i;
const SERVICE_NUMBER = /^(?:0\d\d|999|112|111|101|000)$/;
/** Words that make a following digit string an identifier, not a number to dial (whole words: not the "id" of "Madrid:"). */
const ID_CONTEXT = /\b(?:order|ord|invoice|inv|account|acct|a\/c|ref|reference|confirmation|conf|tracking|case|ticket|claim|policy|member|id|code|pin|otp|no|number|serial|sku|item|booking|reservation|transaction|txn|receipt|routing|card)[\s.:#-]*(?:no\.?|number|#)?[\s.:#-]*(?:(?:is|was|are|of)[\s:]+)?$/i;
const TOLL_FREE_AREA = /^(?:800|833|844|855|866|877|888)$/;
const PREMIUM_AREA = /^(?:900|976)$/;

/** Results per region (the memo key is the region, then the text). */
const memos = new Map<string, TextMemo<readonly PhoneMatch[]>>();

export function detectPhones(input: string, phoneOptions?: PhoneOptions | null): PhoneMatch[] {
  const text = asText(input);
  const options: PhoneOptions = phoneOptions ?? {};
  const region = (typeof options.region === 'string' && /^[A-Za-z]{2}$/.test(options.region)
    ? options.region.toUpperCase()
    : 'US') as CountryCode;
  let memo = memos.get(region);
  if (memo === undefined) {
    memo = new TextMemo<readonly PhoneMatch[]>(DETECTOR_MEMO_SIZE);
    // Regions come from config (a handful); the bound only guards against odd callers.
    if (memos.size >= 64) memos.clear();
    memos.set(region, memo);
  }
  return copyMatches(memo.get(text, () => scanPhones(text, region)));
}

/** Every candidate pattern needs at least two digits ("+" and 2 digits is the shortest). */
function hasTwoDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39 && ++digits === 2) return true;
  }
  return false;
}

function scanPhones(text: string, region: CountryCode): PhoneMatch[] {
  if (!hasTwoDigits(text)) return [];
  const found: PhoneMatch[] = [];
  for (const re of [INTERNATIONAL, NANP]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const phone = re === INTERNATIONAL ? longestValidPrefix(text, m.index, m[0], region) : classifyNumber(text, m.index, m[0], region, m[0], true);
      if (phone) found.push(phone);
    }
  }
  VANITY.lastIndex = 0;
  let v: RegExpExecArray | null;
  while ((v = VANITY.exec(text)) !== null) {
    const digits = v[0].replace(/[A-Z]/g, (c) => String(KEYPAD.findIndex((keys) => keys.includes(c)))).replace(/\D/g, '');
    const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
    const phone: PhoneMatch = { text: v[0], start: v.index, end: v.index + v[0].length, kind: 'toll-free' };
    // Vanity words may run past seven letters ("1-800-FLOWERS"); only the first seven are dialled.
    if (national.length >= 10) phone.e164 = `+1${national.slice(0, 10)}`;
    found.push(phone);
  }
  LOCAL.lastIndex = 0;
  let l: RegExpExecArray | null;
  while ((l = LOCAL.exec(text)) !== null) {
    const before = text.slice(Math.max(0, l.index - 20), l.index);
    const fictional = /^555[.-]01\d\d$/.test(l[0]);
    // 555-01XX is reserved for fiction and always phone-shaped; other 7-digit strings need a calling context.
    if ((!fictional && !CALL_CONTEXT.test(before)) || ID_CONTEXT.test(before)) continue;
    found.push({ text: l[0], start: l.index, end: l.index + l[0].length, kind: fictional ? 'fictional' : 'standard' });
  }
  SHORT_CODE.lastIndex = 0;
  let s: RegExpExecArray | null;
  while ((s = SHORT_CODE.exec(text)) !== null) {
    const digits = s[1]!;
    const start = s.index + s[0].length - digits.length;
    const bare = digits.replace('*', '');
    // Three-digit codes are the N11 service numbers ("text 311") and the US 988 crisis line
    // (call or text), or, offered for a call, a
    // 0xx national service number ("llame al 071") or an emergency number (999, 112, 111, 000).
    if (bare.length === 3 && !/^(?:[2-9]11|988)$/.test(bare) && !(CALL_VERB.test(s[0]) && SERVICE_NUMBER.test(bare))) continue;
    found.push({ text: digits, start, end: start + digits.length, kind: 'short-code' });
  }
  for (const [re, needs] of SHORT_CODE_PATTERNS) {
    if (!needs.test(text)) continue;
    re.lastIndex = 0;
    let k: RegExpExecArray | null;
    while ((k = re.exec(text)) !== null) {
      const digits = k[1]!;
      const start = k.index + k[0].length - digits.length;
      found.push({ text: digits, start, end: start + digits.length, kind: 'short-code' });
    }
  }
  // The text's language is a region hint for national numbers, guessed once and only when needed.
  let language: string | undefined;
  const languageOf = () => (language ??= guessLanguage(text));
  let currency: readonly CountryCode[] | undefined;
  const currencyOf = () => (currency ??= currencyRegions(text));
  for (const re of [TRUNK_NATIONAL, GROUPED_NATIONAL, TRUNK_LONG_BLOCK]) {
    re.lastIndex = 0;
    let n: RegExpExecArray | null;
    while ((n = re.exec(text)) !== null) {
      const before = text.slice(Math.max(0, n.index - 30), n.index);
      if (re !== TRUNK_NATIONAL && !inCallingContext(n[0], n.index, before, found)) continue;
      const place = placeRegion(text.slice(Math.max(0, n.index - 40), n.index), text.slice(n.index + n[0].length));
      const regions = regionOrder(place, layoutRegion(n[0]), region, languageOf, NATIONAL_REGIONS, currencyOf);
      const phone = nationalNumber(n[0], n.index, before, regions);
      if (phone) found.push(phone);
    }
  }
  AU_THIRTEEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = AU_THIRTEEN.exec(text)) !== null) {
    const phone = australianThirteen(text, t[0], t.index, found);
    if (phone) found.push(phone);
  }
  return dedupeOverlaps(found);
}

/** What makes a weakly laid-out number (no trunk 0, or only two groups) a number to call. */
function inCallingContext(raw: string, start: number, before: string, found: readonly PhoneMatch[]): boolean {
  if (CALL_CONTEXT.test(before.slice(-20)) || CALLING_WORD.test(before)) return true;
  // A place label is weaker than a calling word: only space-grouped digits, or an area code
  // and one block ("030 1234567"); "2026-12-03 10" is a date.
  if (PLACE_LABEL.test(before) && (SPACE_GROUPED.test(raw) || TRUNK_AND_BLOCK.test(raw))) return true;
  return chainedAfterPhone(found, start, before);
}

/** "Call us on 13 22 21", "Phone: 13 14 50", "Australia: 13 22 21", "… or 13 22 21". */
function australianThirteen(text: string, raw: string, start: number, found: readonly PhoneMatch[]): PhoneMatch | null {
  const before = text.slice(Math.max(0, start - 30), start);
  if (ID_CONTEXT.test(before)) return null;
  const australianLabel = PLACE_LABEL.test(before) && placeRegion(before, '') === 'AU';
  if (!CALLING_WORD.test(before) && !CONTACT_LABEL.test(before) && !australianLabel && !chainedAfterPhone(found, start, before)) return null;
  const facts = numberFacts(raw, 'AU');
  return facts ? { text: raw, start, end: start + raw.length, kind: facts.kind, e164: facts.e164 } : null;
}

/** "… 0800 123 4567 (NZ) or 1300 655 506": "or"/"and"/"/" (optionally after a country tag) right after a number. */
const CHAIN_AFTER_NUMBER = /[\d)][ \t]*(?:\([A-Z]{2,3}\)[ \t]*)?(?:or|and|ou|o|y|et|\/|,)[ \t]*$/;

/** A second national number offered next to one already found ("… or 1300 655 506"). */
function chainedAfterPhone(found: readonly PhoneMatch[], start: number, before: string): boolean {
  const m = CHAIN_AFTER_NUMBER.exec(before);
  if (m === null) return false;
  const chainStart = start - (before.length - m.index);
  // The chain starts on the last character of the number found before it.
  return found.some((p) => p.end === chainStart + 1);
}

/** A grouped national number valid in one of `regions`, tried in order (outside the North American plan). */
function nationalNumber(raw: string, start: number, before: string, regions: readonly CountryCode[]): PhoneMatch | null {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 12 || ID_CONTEXT.test(before)) return null;
  for (const r of regions) {
    const facts = numberFacts(raw, r);
    if (facts && !facts.e164.startsWith('+1')) return { text: raw, start, end: start + raw.length, kind: facts.kind, e164: facts.e164 };
  }
  return null;
}

/** "+44 20 7946 0958 or…": cut at separators from the right until the number is valid. */
function longestValidPrefix(text: string, start: number, raw: string, region: CountryCode): PhoneMatch | null {
  // The old Mexican mobile form only as the whole run: never a piece cut from a longer one.
  const mexican = withoutMexicanMobileOne(raw);
  if (mexican !== null) {
    const phone = classifyNumber(text, start, raw, region, mexican);
    if (phone) return phone;
  }
  let candidate = raw;
  for (let i = 0; i < 8 && candidate.length >= 7; i++) {
    const phone = classifyNumber(text, start, candidate, region);
    if (phone) return phone;
    const cut = candidate.search(/[ ().-][^ ().-]*$/);
    if (cut <= 0) return null;
    candidate = candidate.slice(0, cut).replace(/[ ().-]+$/, '');
  }
  return null;
}

/**
 * "+52 1 55 1234 5678" → "+52 55 1234 5678". Mexico dropped the 1 that used to mark mobiles
 * (2019) and libphonenumber now rejects it, but texts still write it and it still connects.
 * Only the complete old form: +52, the 1, then ten digits.
 */
function withoutMexicanMobileOne(raw: string): string | null {
  const prefix = /^\+52[ .-]?1[ .-]?(?=[\d(])/.exec(raw);
  if (prefix === null || raw.replace(/\D/g, '').length !== 13) return null;
  return `+52 ${raw.slice(prefix[0].length)}`;
}

/**
 * Phone-shaped strings, unvalidated: enough to mask numbers before word-level detection
 * (over-masking digits is harmless there, and it skips the cost of parsing each one).
 */
export function findPhoneShapes(input: string): Array<{ start: number; end: number; text: string }> {
  const text = asText(input);
  const out: Array<{ start: number; end: number; text: string }> = [];
  if (!hasTwoDigits(text)) return out;
  for (const re of [INTERNATIONAL, NANP, LOCAL, VANITY]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * A North American layout ("(415) 555-0100", "1-415-555-0100") under a configured region
 * outside the plan: the configured region when the number is valid there in the grouping it
 * is written in (Italy's "347 123 4567"), else the plan's (GB has no "(415) 555-0100", and
 * Germany writes "04155 550100", so "415-555-0100" in a GB or DE setup is +1).
 */
function layoutFacts(raw: string, region: CountryCode): NumberFacts | null {
  const own = numberFacts(raw, region);
  if (region === 'US' || raw.startsWith('+') || (own !== null && own.e164.startsWith('+1'))) return own;
  const plan = numberFacts(raw, 'US');
  if (own === null || plan === null) return own ?? plan;
  return sameGrouping(raw, nationalLayout(own.e164)) || !sameGrouping(raw, nationalLayout(plan.e164)) ? own : plan;
}

/** The national format of a number (libphonenumber), for its digit grouping. */
function nationalLayout(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatNational() ?? '';
}

/** Whether two writings group their digits alike, ignoring a trunk "0" or a "1" the other leaves out. */
function sameGrouping(a: string, b: string): boolean {
  const groups = (x: string) => x.replace(/^\D*(?:\+?1(?=\D)|0)?/, '').split(/\D+/).filter((g) => g !== '').map((g) => g.length).join(',');
  return groups(a) === groups(b);
}

/** `raw` as written in the text; `dialled` is the form to parse when it differs ("+52 1 …"). */
function classifyNumber(text: string, start: number, raw: string, region: CountryCode, dialled = raw, nanpLayout = false): PhoneMatch | null {
  const digits = raw.replace(/\D/g, '');
  const formatted = /[ ().+-]/.test(raw.trim());
  const before = text.slice(Math.max(0, start - 30), start);
  // Unformatted digit strings after "Order #", "code", "account"… are identifiers.
  if (ID_CONTEXT.test(before) && (!formatted || /#\s*$/.test(before))) return null;
  if (!formatted && /(?:\$|€|£|USD|amount|total)\s*$/i.test(before)) return null;
  // A national NANP number starts its area code with 2-9 ("0012345678" is an account number).
  if (!raw.startsWith('+') && region === 'US' && !/^1?[2-9]/.test(digits)) return null;
  if (!formatted && digits.length < 10) return null;
  const facts = nanpLayout ? layoutFacts(dialled, region) : numberFacts(dialled, region);
  if (!facts) return null;
  const text2 = raw.trimEnd();
  return { text: text2, start, end: start + text2.length, kind: facts.kind, e164: facts.e164 };
}

interface NumberFacts {
  kind: PhoneKind;
  e164: string;
}

/**
 * Parsed numbers by region and written form. Parsing with the full metadata is the costly
 * step, and a catalog repeats its few support numbers in many templates.
 */
const factsCache = new Map<string, NumberFacts | null>();
const FACTS_CACHE_SIZE = 512;

function numberFacts(raw: string, region: CountryCode): NumberFacts | null {
  const key = `${region}\0${raw}`;
  const cached = factsCache.get(key);
  if (cached !== undefined) return cached;
  const facts = parseNumberFacts(raw, region);
  if (factsCache.size >= FACTS_CACHE_SIZE) factsCache.delete(factsCache.keys().next().value as string);
  factsCache.set(key, facts);
  return facts;
}

/** Whether `raw` is a callable number, and of which kind: only the written form and region count. */
function parseNumberFacts(raw: string, region: CountryCode): NumberFacts | null {
  const parsed = parsePhoneNumberFromString(raw, raw.startsWith('+') ? undefined : region);
  if (!parsed) return null;
  const national = String(parsed.nationalNumber);
  const nanp = parsed.countryCallingCode === '1' && national.length === 10;
  if (nanp && (!/^[2-9]\d{2}[2-9]/.test(national) && !TOLL_FREE_AREA.test(national.slice(0, 3)))) {
    if (!parsed.isPossible()) return null;
  }
  if (!nanp && !parsed.isValid()) return null;
  let kind: PhoneKind = 'standard';
  if (nanp && national.slice(3, 6) === '555' && /^01\d\d$/.test(national.slice(6))) kind = 'fictional';
  else if (nanp && TOLL_FREE_AREA.test(national.slice(0, 3))) kind = 'toll-free';
  else if (nanp && PREMIUM_AREA.test(national.slice(0, 3))) kind = 'premium';
  else {
    const type = parsed.getType();
    if (type === 'TOLL_FREE') kind = 'toll-free';
    else if (type === 'PREMIUM_RATE') kind = 'premium';
  }
  return { kind, e164: parsed.number };
}
