/**
 * Type inference for placeholders nobody declared: from the name, from the words before the
 * placeholder, from a declared sample. The vocabularies are data (placeholder-vocabulary.ts).
 */
import {
  CODE_ID_QUALIFIERS,
  CONTEXT_AFTER,
  CONTEXT_BEFORE,
  CONTEXT_FILLER,
  HEAD_WORDS,
  HELPER_TYPES,
  NUMBER_WORDS,
  PHONE_QUALIFIERS,
  RECIPIENT_PHONE_AFTER,
  RECIPIENT_PHONE_BEFORE,
  TEXT_HEADS_AFTER_CONTACT,
  WORD_SUFFIXES,
} from './placeholder-vocabulary.js';
import type { VariableType } from './types.js';
import { CONTACT_TYPES } from './variable-types.js';

/** The words of a name: "Client.LoginLink" → client, login, link; "VerifyURL" → verify, url. */
export function nameWords(name: string): string[] {
  return (name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []).map((word) => word.toLowerCase());
}

const has = (record: Readonly<Record<string, VariableType>>, key: string): VariableType | undefined =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

function suffixType(word: string): { type: VariableType; rest: string } | undefined {
  for (const [suffix, type] of WORD_SUFFIXES) {
    if (word.length >= suffix.length + 2 && word.endsWith(suffix)) return { type, rest: word.slice(0, -suffix.length) };
  }
  return undefined;
}

/** The type one word names, given the words before it; undefined if it names none. */
function wordType(word: string, before: readonly string[]): VariableType | undefined {
  if (NUMBER_WORDS.has(word)) {
    if (before.length === 0) return undefined; // a bare "number": the context decides
    if (before.some((w) => w === 'otp' || w === 'pin' || w === 'passcode')) return 'digits'; // "otpNumber"
    return before.some((w) => PHONE_QUALIFIERS.has(w) || has(HEAD_WORDS, w) === 'phone') ? 'phone' : 'id';
  }
  if (word === 'code' || word === 'codes') return before.some((w) => CODE_ID_QUALIFIERS.has(w)) ? 'id' : 'digits';
  // "link_text", "url_title": the words of a link, not the link.
  if (TEXT_HEADS_AFTER_CONTACT.has(word) && before.some((w) => CONTACT_TYPES.has(has(HEAD_WORDS, w) as VariableType))) return 'text';
  const head = has(HEAD_WORDS, word);
  if (head) return head;
  const suffix = suffixType(word);
  if (suffix?.type === 'phone' && suffix.rest.endsWith('number')) return 'phone';
  return suffix?.type;
}

/**
 * Type from a variable path or a helper call as written: the last word that names a type
 * decides ("amount_due" → money, "tracking_number" → id, "customer_care_number" → phone).
 * A helper call is typed by its helper ("formatDate when") or else by its first argument.
 */
export function inferTypeFromName(expression: string): VariableType | undefined {
  // Names repeat across a catalog ({{firstName}} in every template): remember them.
  if (nameMemo.has(expression)) return nameMemo.get(expression);
  const type = typeOfName(expression);
  if (nameMemo.size >= NAME_MEMO_SIZE) nameMemo.clear();
  nameMemo.set(expression, type);
  return type;
}

const NAME_MEMO_SIZE = 4096;
const nameMemo = new Map<string, VariableType | undefined>();

function typeOfName(expression: string): VariableType | undefined {
  const parts = expression.trim().split(/\s+/);
  if (parts.length > 1) {
    const helper = has(HELPER_TYPES, parts[0].replace(/[^A-Za-z]/g, '').toLowerCase());
    if (helper) return helper;
    const argument = parts.slice(1).find((p) => /^[A-Za-z_@]/.test(p) && !p.includes('='));
    return argument ? inferTypeFromName(argument) : undefined;
  }
  const path = expression.replace(/^(?:@root\.|this\.|\.\/|(?:\.\.\/)+)/, '');
  const words = nameWords(path);
  for (let i = words.length - 1; i >= 0; i--) {
    const type = wordType(words[i], words.slice(0, i));
    if (type) return type;
  }
  return undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FILLER = `(?:[ \\t]+(?:${CONTEXT_FILLER.map((f) => escape(f).replace(/ /g, '[ \\t]+')).join('|')}))*`;
/** Every context phrase in one pattern anchored at the end of the text before the placeholder; the phrase found gives the type. */
const CONTEXT_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(${CONTEXT_BEFORE.map(([phrase]) => escape(phrase).replace(/ /g, '[ \\t]+')).join('|')})${FILLER}[ \\t]*[:\\-–]?[ \\t]*$`,
  'iu',
);
const CONTEXT_TYPES = new Map(CONTEXT_BEFORE.map(([phrase, type]) => [phrase, type]));

/** Type from the words right before a placeholder ("call us at {{x}}", "visit {{x}}"). */
export function inferTypeFromContext(before: string): VariableType | undefined {
  const tail = before.slice(-40);
  // No letter at all before it (a placeholder at the start, after a line break): nothing to read.
  if (!/\p{L}/u.test(tail)) return undefined;
  const match = CONTEXT_PATTERN.exec(tail);
  return match ? CONTEXT_TYPES.get(match[1].toLowerCase().replace(/[ \t]+/g, ' ')) : undefined;
}

/** A context phrase as a pattern: words apart by blanks, "-" also a blank, `*` up to three words of any kind. */
function phrasePattern(phrase: string): string {
  const words = phrase.split(' ');
  return words.map((w, i) => (w === '*' ? '(?:\\S+[ \\t]+){0,3}?' : escape(w).replace(/-/g, '[- ]') + (i < words.length - 1 ? '[ \\t]+' : ''))).join('');
}
/** Every after-context phrase in one pattern anchored at the start of the text after the placeholder; group `pN` is phrase N. */
const CONTEXT_AFTER_PATTERN = new RegExp(
  `^[ \\t]+(?:${CONTEXT_AFTER.map(([phrase], i) => `(?<p${i}>${phrasePattern(phrase)})`).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);

/** Type from the words right after a placeholder ("{{x}} is your verification code"). */
export function inferTypeFromContextAfter(after: string): VariableType | undefined {
  const match = CONTEXT_AFTER_PATTERN.exec(after.slice(0, 80));
  if (!match?.groups) return undefined;
  const index = Object.entries(match.groups).find(([, value]) => value !== undefined)?.[0];
  return index === undefined ? undefined : CONTEXT_AFTER[Number(index.slice(1))][1];
}

const RECIPIENT_BEFORE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${RECIPIENT_PHONE_BEFORE.map(phrasePattern).join('|')})[ \\t]*[:(\\-–]?[ \\t]*$`,
  'iu',
);
const RECIPIENT_AFTER_PATTERN = new RegExp(`^\\)?[ \\t]+(?:${RECIPIENT_PHONE_AFTER.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Whether the words around a phone placeholder make it the recipient's own number ("Sent to
 * {{phone}}", "{{phone}} is on file"): a number the message went to, not one to call.
 */
export function isRecipientPhoneContext(before: string, after: string): boolean {
  return RECIPIENT_BEFORE_PATTERN.test(before.slice(-40)) || RECIPIENT_AFTER_PATTERN.test(after.slice(0, 40));
}

const URL_SAMPLE = /^(?:https?:\/\/|www\.)\S+$/i;
const EMAIL_SAMPLE = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;
const PHONE_SAMPLE = /^\+?[\d ().-]{7,20}$/;
/** 2026-09-24, 24/09/2026, 24.09.26, 9/24: dates before phone numbers. */
const DATE_SAMPLE = /^(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?)(?:[ T]\d{1,2}:\d{2}.*)?$/;
const TIME_SAMPLE = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?$/;

/** Type from a declared sample value ("https://…" → url, "+1 888 123 4567" → phone). */
export function inferTypeFromSample(sample: string): VariableType | undefined {
  const value = sample.trim();
  if (URL_SAMPLE.test(value)) return 'url';
  if (EMAIL_SAMPLE.test(value)) return 'email';
  if (/^\d{4,8}$/.test(value)) return 'digits';
  if (DATE_SAMPLE.test(value)) return 'date';
  if (TIME_SAMPLE.test(value)) return 'time';
  if (PHONE_SAMPLE.test(value) && value.replace(/\D/g, '').length >= 7 && /[ ()+.-]/.test(value)) return 'phone';
  return undefined;
}
