/**
 * The shape of a per-language text-speak lexicon (one module per language, data only).
 * A row is [token, expansion] for text speak that always reads as informal, or
 * [token, expansion, 'context'] for a token that is usually text speak but has a rarer real
 * reading: reported with a suggestion instead of an automatic fix.
 */
import type { TextSpeakEntry } from '../text-speak-lexicon.js';

export type LexiconRow = readonly [token: string, expansion: string, confidence?: 'context'];

export interface LanguageLexicon {
  /** ISO 639-1 language subtag ("es"). */
  language: string;
  /** English name, for messages and docs. */
  name: string;
  rows: readonly LexiconRow[];
  /**
   * Sentences of the language with real words, brand names, acronyms and units that look like
   * text speak ("Te llamamos mañana", "BCP Banque"): none may be flagged (test/detect/text-speak-languages.test.ts).
   */
  traps: readonly string[];
}

export function lexiconEntries(lexicon: LanguageLexicon): ReadonlyMap<string, TextSpeakEntry> {
  return new Map(lexicon.rows.map(([token, expansion, confidence]) => [token, { expansion, confidence: confidence ?? 'always' } satisfies TextSpeakEntry]));
}
