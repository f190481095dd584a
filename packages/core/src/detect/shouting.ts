/**
 * Shouting: runs of 3+ consecutive all-caps words that are not acronyms, the brand or
 * reply keywords ("FREE SHIPPING ENDS TONIGHT"). "Reply STOP", "ASAP", "FYI" are fine.
 */
import { asText } from './scan.js';
import type { ShoutingMatch, ShoutingOptions } from './types.js';

const KEYWORDS = new Set(['STOP', 'STOPALL', 'END', 'CANCEL', 'UNSUBSCRIBE', 'QUIT', 'REVOKE', 'OPTOUT', 'START', 'UNSTOP', 'HELP', 'INFO', 'YES', 'NO', 'Y', 'N', 'CALL', 'AGENT', 'CONFIRM', 'RESCHEDULE', 'ALTO', 'PARAR', 'ARRET', 'ARRÊT', 'AIDE', 'AYUDA', 'SI', 'OUI', 'NON', 'C', 'R', 'OK']);
const ACRONYMS = new Set(['ASAP', 'FYI', 'ATM', 'USA', 'US', 'UK', 'EU', 'FAQ', 'FAQS', 'PIN', 'ID', 'OTP', 'SMS', 'MMS', 'URL', 'PM', 'AM', 'EST', 'EDT', 'PST', 'PDT', 'CST', 'CDT', 'MST', 'MDT', 'ET', 'PT', 'CT', 'UTC', 'GMT', 'HR', 'IT', 'VIP', 'TV', 'DVD', 'PDF', 'ETA', 'RSVP', 'CEO', 'LLC', 'INC', 'LTD', 'CO', 'NA', 'APR', 'APY', 'SSN', 'ZIP', 'DMV', 'IRS', 'NP', 'MD', 'DDS', 'RN', 'PA', 'ER', 'ICU', 'QR', 'GPS', 'PO', 'USPS', 'UPS', 'FEDEX', 'DHL', 'TSA', 'FAA', 'IVR', 'API', 'SKU', 'CVV', 'ACH', 'EFT', 'ACCT', 'PTO', 'COVID', 'HVAC', 'AC', 'DC', 'NYC', 'LA', 'SF', 'CA', 'NY', 'TX', 'FL', 'BOGO', 'T', 'D', 'A', 'B', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'O', 'P', 'Q', 'S', 'U', 'V', 'W', 'X', 'Z', 'II', 'III', 'IV', 'VI', 'MSG', 'TXT', 'ATT', 'AT&T', 'T-MOBILE', 'IOS', 'USB', 'WIFI', 'WI-FI', 'NFC', 'ZIPCODE', 'HSA', 'FSA', 'HMO', 'PPO', 'EOB', 'NPI', 'DOB', 'MRN', 'EHR', 'AI']);
const WORD = /[\p{Lu}\p{Ll}\p{N}][\p{L}\p{N}'’&-]*/gu;

interface Word {
  text: string;
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
  const words: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const w = m[0].replace(/['’&-]+$/, '');
    const letters = w.replace(/[^\p{L}]/gu, '');
    const caps = letters.length > 0 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const number = letters.length === 0;
    const upper = w.toUpperCase();
    const counts = caps && (letters.length >= 2 || w === 'I' || w === 'A') && !KEYWORDS.has(upper) && !ACRONYMS.has(upper) && !brandWords.has(upper);
    words.push({ text: w, start: m.index, end: m.index + w.length, caps, number, counts });
  }
  const out: ShoutingMatch[] = [];
  let run: Word[] = [];
  const flush = () => {
    const counting = run.filter((w) => w.counts);
    // Three counted words, or two among four caps words ("PLEASE CALL US NOW").
    const capsWords = run.filter((w) => w.caps).length;
    if (counting.length >= 3 || (counting.length >= 2 && capsWords >= 4)) {
      const first = run.find((w) => w.counts)!;
      const last = [...run].reverse().find((w) => w.counts)!;
      out.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end });
    }
    run = [];
  };
  for (const w of words) {
    const prev = run[run.length - 1];
    const gap = prev ? text.slice(prev.end, w.start) : '';
    const joinable = !prev || (gap.length <= 4 && !/[\p{L}\n]/u.test(gap) && !/\uFFFC/.test(gap));
    if (!joinable) flush();
    if (w.caps || (w.number && run.length > 0)) run.push(w);
    else flush();
  }
  flush();
  // Trailing numbers were never part of a match (the span ends at the last caps word).
  return out;
}
