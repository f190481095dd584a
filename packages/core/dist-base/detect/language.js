/**
 * A rough language guess from function words, enough to tell English from Spanish and
 * French SMS. Text speak letters like "u", "y", "ya", "da" are real words there ("7 u 8").
 */
import { CharClass, scanWords } from './char-class.js';
const STOPWORDS = {
    en: new Set(['the', 'to', 'your', 'you', 'is', 'and', 'for', 'of', 'we', 'our', 'on', 'with', 'this', 'be', 'are', 'will', 'please', 'at', 'has', 'have', 'it', 'thanks', 'thank', 'reply', 'can', 'now', 'an']),
    es: new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'para', 'por', 'su', 'sus', 'con', 'una', 'un', 'usted', 'es', 'está', 'gracias', 'días', 'al', 'en', 'se', 'lo', 'hoy', 'mañana', 'pedido', 'su', 'tu', 'responda', 'responde', 'puede', 'mensaje', 'mensajes', 'cita', 'llame', 'envíe', 'hola',
        // Chatty agent Spanish has few of the words above ("ya quedó, cualquier cosa me avisas").
        'más', 'muy', 'pero', 'como', 'cómo', 'porque', 'también', 'favor', 'aquí', 'hay', 'todo', 'nos', 'listo', 'saludos', 'cualquier', 'cosa', 'tal', 'qué', 'tiene', 'tienes', 'caso', 'quedó', 'estamos', 'ahora']),
    fr: new Set(['le', 'la', 'les', 'des', 'de', 'du', 'pour', 'votre', 'vos', 'vous', 'est', 'et', 'une', 'un', 'avec', 'merci', 'au', 'aux', 'ce', 'à', 'sur', 'répondez', 'repondez', 'nous', 'rendez-vous', 'bonjour', 'commande', 'être', 'sera', 'pas', 'ne',
        // Informal French ("Salut! Ton remboursement est fait, dis-moi…").
        'tu', 'ton', 'ta', 'tes', 'salut', 'moi', 'dis-moi', 'besoin', 'autre', "d'autre", 'chose', 'mais', 'je', 'qui', 'dans', 'par', 'sont', 'été', "aujourd'hui", 'demain', 'avez', 'êtes', 'ou']),
};
/** Each stopword with the languages it belongs to, so a word costs one lookup. */
const STOPWORD_LANGUAGES = new Map();
for (const lang of ['en', 'es', 'fr']) {
    for (const word of STOPWORDS[lang]) {
        const langs = STOPWORD_LANGUAGES.get(word);
        if (langs)
            langs.push(lang);
        else
            STOPWORD_LANGUAGES.set(word, [lang]);
    }
}
/** Words are /[\p{L}'-]+/gu, scanned without a match array per word. */
export const WORD_CHAR = new CharClass(String.raw `[\p{L}'-]`);
/** Enough words to tell the language; a long text stops counting there. */
const MAX_WORDS = 400;
export function guessLanguage(text) {
    const counts = { en: 0, es: 0, fr: 0 };
    let seen = 0;
    scanWords(text, WORD_CHAR, WORD_CHAR, (start, end) => {
        const langs = STOPWORD_LANGUAGES.get(text.slice(start, end).toLowerCase());
        if (langs)
            for (const lang of langs)
                counts[lang]++;
        return ++seen < MAX_WORDS;
    });
    if (counts.es > counts.en && counts.es >= counts.fr && counts.es >= 2)
        return 'es';
    if (counts.fr > counts.en && counts.fr > counts.es && counts.fr >= 2)
        return 'fr';
    return 'en';
}
//# sourceMappingURL=language.js.map