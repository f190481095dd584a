/**
 * Shouting: runs of 3+ consecutive all-caps words that are not acronyms, the brand or
 * reply keywords ("FREE SHIPPING ENDS TONIGHT"). "Reply STOP", "ASAP", "FYI" are fine, and so is
 * a section label on its own line ("BEFORE YOUR VISIT:" over a list).
 */
import { CharClass, scanWords } from './char-class.js';
import { asText } from './scan.js';
import type { ShoutingMatch, ShoutingOptions } from './types.js';

export const KEYWORDS = new Set(['STOP', 'STOPALL', 'END', 'CANCEL', 'UNSUBSCRIBE', 'QUIT', 'REVOKE', 'OPTOUT', 'START', 'UNSTOP', 'HELP', 'INFO', 'YES', 'NO', 'Y', 'N', 'CALL', 'AGENT', 'CONFIRM', 'RESCHEDULE', 'ALTO', 'PARAR', 'ARRET', 'ARRÊT', 'AIDE', 'AYUDA', 'SI', 'OUI', 'NON', 'C', 'R', 'OK']);
export const ACRONYMS = new Set(['ASAP', 'FYI', 'ATM', 'USA', 'US', 'UK', 'EU', 'FAQ', 'FAQS', 'PIN', 'ID', 'OTP', 'SMS', 'MMS', 'URL', 'PM', 'AM', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'MST', 'MDT', 'ET', 'PT', 'CT', 'UTC', 'GMT', 'HR', 'IT', 'VIP', 'TV', 'DVD', 'PDF', 'ETA', 'RSVP', 'CEO', 'LLC', 'INC', 'LTD', 'CO', 'NA', 'APR', 'APY', 'SSN', 'ZIP', 'DMV', 'IRS', 'NP', 'MD', 'DDS', 'RN', 'PA', 'ER', 'ICU', 'QR', 'GPS', 'PO', 'USPS', 'UPS', 'FEDEX', 'DHL', 'TSA', 'FAA', 'IVR', 'API', 'SKU', 'CVV', 'ACH', 'EFT', 'ACCT', 'PTO', 'COVID', 'HVAC', 'AC', 'DC', 'NYC', 'LA', 'SF', 'CA', 'NY', 'TX', 'FL', 'BOGO', 'T', 'D', 'A', 'B', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'O', 'P', 'Q', 'S', 'U', 'V', 'W', 'X', 'Z', 'II', 'III', 'IV', 'VI', 'MSG', 'TXT', 'ATT', 'AT&T', 'T-MOBILE', 'IOS', 'USB', 'WIFI', 'WI-FI', 'NFC', 'ZIPCODE', 'HSA', 'FSA', 'HMO', 'PPO', 'EOB', 'NPI', 'DOB', 'MRN', 'EHR', 'AI']);
/** Words are /[\p{Lu}\p{Ll}\p{N}][\p{L}\p{N}'’&-]*\/gu, scanned without a match array per word. */
export const WORD_FIRST = new CharClass(String.raw`[\p{Lu}\p{Ll}\p{N}]`);
export const WORD_REST = new CharClass(String.raw`[\p{L}\p{N}'’&-]`);

interface Word {
  start: number;
  end: number;
  caps: boolean;
  number: boolean;
  counts: boolean;
}

export function detectShouting(input: string, shoutingOptions?: ShoutingOptions | null): ShoutingMatch[] {
  const text = asText(input);
  const options: ShoutingOptions = shoutingOptions ?? {};
  const brandWords = new Set(
    typeof options.brand === 'string' ? options.brand.toUpperCase().split(/[^\p{L}\p{N}&'-]+/u).filter(Boolean) : [],
  );
  const out: ShoutingMatch[] = [];
  // The caps words (and numbers among them) since the last break, in one pass over the words.
  let run: Word[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const counting = run.filter((w) => w.counts);
    // Three counted words, or two among four caps words ("PLEASE CALL US NOW").
    const capsWords = run.filter((w) => w.caps).length;
    if (counting.length >= 3 || (counting.length >= 2 && capsWords >= 4)) {
      const first = counting[0]!;
      const last = counting[counting.length - 1]!;
      if (sectionLabel(text, run[0]!.start, run[run.length - 1]!.end)) {
        run = [];
        return;
      }
      out.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end });
    }
    run = [];
  };
  scanWords(text, WORD_FIRST, WORD_REST, (start, end) => {
    const first = text.charCodeAt(start);
    // Most words start with a lower-case ASCII letter: never caps, so they end any run.
    if (first >= 0x61 && first <= 0x7a) {
      flush();
      return;
    }
    const w = describeWord(text.slice(start, end), start, brandWords);
    // Pieces of a link, email or path ("WWW.SHOPRITE.COM/ORDERS") are addresses, not words.
    if (partOfAddress(text, w.start, w.end)) {
      flush();
      return;
    }
    const prev = run[run.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, w.start);
      const joinable = gap.length <= 4 && !/[\p{L}\n]/u.test(gap) && !/\uFFFC/.test(gap);
      if (!joinable) flush();
    }
    if (w.caps || (w.number && run.length > 0)) run.push(w);
    else flush();
  });
  flush();
  // Trailing numbers were never part of a match (the span ends at the last caps word).
  return out;
}

/**
 * "BEFORE YOUR VISIT:" alone on its line (emoji or a bullet before it at most), over the
 * list it names: a section label, written in capitals as a heading, not shouting.
 */
function sectionLabel(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 8);
  const before = text.slice(from, start);
  const lineStart = /\n[^\p{L}\p{N}\n]*$/u.test(before) || (from === 0 && /^[^\p{L}\p{N}\n]*$/u.test(before));
  return lineStart && /^:[ \t]*\n/.test(text.slice(end, end + 8));
}

/** Glued to a neighbour by ".", "/" or "@" on either side: "WWW.ACME.COM", "ACME.COM/SALE", "INFO@ACME". */
function partOfAddress(text: string, start: number, end: number): boolean {
  const glue = (c: string | undefined) => c === '.' || c === '/' || c === '@';
  const alnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return (glue(text[start - 1]) && alnum(text[start - 2])) || (glue(text[end]) && alnum(text[end + 1]));
}

export function describeWord(match: string, start: number, brandWords: ReadonlySet<string>): Word {
  const w = match.replace(/['’&-]+$/, '');
  const { letters, caps } = wordCase(w);
  const number = letters === 0;
  const counts = caps && (letters >= 2 || w === 'I' || w === 'A') && !isExempt(w.toUpperCase(), brandWords);
  return { start, end: start + w.length, caps, number, counts };
}

function isExempt(upper: string, brandWords: ReadonlySet<string>): boolean {
  return KEYWORDS.has(upper) || ACRONYMS.has(upper) || brandWords.has(upper);
}

/** How many letters a word has, and whether they are all upper case (and there is one). */
function wordCase(w: string): { letters: number; caps: boolean } {
  // Most words are ASCII, whose letters are A-Z and a-z: counted without Unicode case mapping.
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < w.length; i++) {
    const code = w.charCodeAt(i);
    if (code >= 0x80) return unicodeWordCase(w);
    if (code >= 0x41 && code <= 0x5a) upper++;
    else if (code >= 0x61 && code <= 0x7a) lower++;
  }
  return { letters: upper + lower, caps: upper > 0 && lower === 0 };
}

function unicodeWordCase(w: string): { letters: number; caps: boolean } {
  const letters = w.replace(/[^\p{L}]/gu, '');
  return { letters: letters.length, caps: letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() };
}
