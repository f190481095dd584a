/**
 * Text speak of Spanish and French SMS (sms-facts.md §3 applied to the languages smslint
 * guesses): "q tal", "xq hoy no hay cupo", "dis-moi stp". Used only when the text is guessed
 * to be in that language, so an English "q" ("quick q") or "c" ("c u soon") keeps its own reading.
 * Formal abbreviations are not here: "svp" (s'il vous plaît) and "Sr." are standard.
 */
import type { Language } from './language.js';
import type { TextSpeakEntry } from './text-speak-lexicon.js';
type LocalLanguage = Exclude<Language, 'en'>;
export declare const LOCAL_TEXT_SPEAK: Record<LocalLanguage, ReadonlyMap<string, TextSpeakEntry>>;
/** Every token of the local lexicons: only these need a language guess before lookup. */
export declare const LOCAL_TEXT_SPEAK_TOKENS: ReadonlySet<string>;
export {};
//# sourceMappingURL=text-speak-local-lexicons.d.ts.map