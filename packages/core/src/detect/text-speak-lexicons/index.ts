/** The per-language text-speak lexicons, by language subtag (English lives in ../text-speak-lexicon.ts). */
import type { TextSpeakEntry } from '../text-speak-lexicon.js';
import { GERMAN } from './de.js';
import { SPANISH } from './es.js';
import { FRENCH } from './fr.js';
import { lexiconEntries, type LanguageLexicon } from './language-lexicon.js';
import { PORTUGUESE } from './pt.js';

export type { LanguageLexicon, LexiconRow } from './language-lexicon.js';

export const LANGUAGE_LEXICONS: Readonly<Record<string, LanguageLexicon>> = { es: SPANISH, fr: FRENCH, pt: PORTUGUESE, de: GERMAN };

/** Entries by language subtag, then by lower-case token. */
export const LOCAL_TEXT_SPEAK: Readonly<Record<string, ReadonlyMap<string, TextSpeakEntry>>> = Object.fromEntries(
  Object.entries(LANGUAGE_LEXICONS).map(([language, lexicon]) => [language, lexiconEntries(lexicon)]),
);

/** Every token of the local lexicons: only these need the language before lookup. */
export const LOCAL_TEXT_SPEAK_TOKENS: ReadonlySet<string> = new Set(Object.values(LANGUAGE_LEXICONS).flatMap((l) => l.rows.map(([token]) => token)));
