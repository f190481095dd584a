/**
 * A rough language guess from function words, enough to tell English from Spanish and
 * French SMS. Text speak letters like "u", "y", "ya", "da" are real words there ("7 u 8").
 */
import { CharClass } from './char-class.js';
export type Language = 'en' | 'es' | 'fr';
/** Words are /[\p{L}'-]+/gu, scanned without a match array per word. */
export declare const WORD_CHAR: CharClass;
export declare function guessLanguage(text: string): Language;
//# sourceMappingURL=language.d.ts.map