/**
 * smslint's own text-speak lexicon (sms-facts.md §3): informal abbreviations that read as
 * unprofessional in support replies, each with a formal expansion.
 *
 * - confidence 'always': flagged as a whole token in lower or Title case.
 * - confidence 'context': flagged only when `context` confirms it (see text-speak.ts).
 * - caps: also flag the ALL-CAPS form ("PLS", "OMG"). Off for entries whose capitals are
 *   usually acronyms or titles ("NP" nurse practitioner, "ATM", "BC", "RN", "MSG").
 * - foreign: a real word in Spanish or French ("u", "y", "ya"); skipped in those texts.
 */
export type TextSpeakContext = 'between-words' | 'to-for' | 'code-like' | 'see-you' | 'standalone' | 'why' | 'be' | 'not-disclosure' | 'thanks' | 'i-will';
export interface TextSpeakEntry {
    expansion: string;
    confidence: 'always' | 'context';
    context?: TextSpeakContext;
    caps?: boolean;
    foreign?: boolean;
}
/** token (lower case, straight apostrophe) → entry. */
export declare const TEXT_SPEAK_LEXICON: ReadonlyMap<string, TextSpeakEntry>;
//# sourceMappingURL=text-speak-lexicon.d.ts.map