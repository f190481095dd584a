/**
 * A rough language guess from function words, enough to tell English from the languages
 * support teams most often send in (sms-facts.md §4: Spanish, French, Portuguese, German,
 * Dutch, Swahili). Text speak letters like "u", "y", "ya", "da" are real words there
 * ("7 u 8", Swahili "ya" = "of"), so a text that is plainly not English gets no English lexicon.
 */
import { CharClass, scanWords } from './char-class.js';
import { DETECTOR_MEMO_SIZE, TextMemo } from './text-memo.js';

/** Languages smslint can tell apart; only some of them have a text-speak lexicon. */
export const LANGUAGES = ['en', 'es', 'fr', 'pt', 'de', 'nl', 'sw'] as const;
export type Language = (typeof LANGUAGES)[number];

const STOPWORDS: Record<Language, readonly string[]> = {
  en: ['the', 'to', 'your', 'you', 'is', 'and', 'for', 'of', 'we', 'our', 'on', 'with', 'this', 'be', 'are', 'will', 'please', 'at', 'has', 'have', 'it', 'thanks', 'thank', 'reply', 'can', 'now', 'an'],
  es: ['el', 'la', 'los', 'las', 'de', 'del', 'que', 'para', 'por', 'su', 'sus', 'con', 'una', 'un', 'usted', 'es', 'está', 'gracias', 'días', 'al', 'en', 'se', 'lo', 'hoy', 'mañana', 'pedido', 'tu', 'responda', 'responde', 'puede', 'mensaje', 'mensajes', 'cita', 'llame', 'envíe', 'hola',
    // Chatty agent Spanish has few of the words above ("ya quedó, cualquier cosa me avisas").
    'más', 'muy', 'pero', 'como', 'cómo', 'porque', 'también', 'favor', 'aquí', 'hay', 'todo', 'nos', 'listo', 'saludos', 'cualquier', 'cosa', 'tal', 'qué', 'tiene', 'tienes', 'caso', 'quedó', 'estamos', 'ahora'],
  fr: ['le', 'la', 'les', 'des', 'de', 'du', 'pour', 'votre', 'vos', 'vous', 'est', 'et', 'une', 'un', 'avec', 'merci', 'au', 'aux', 'ce', 'à', 'sur', 'répondez', 'repondez', 'nous', 'rendez-vous', 'bonjour', 'commande', 'être', 'sera', 'pas', 'ne',
    // Informal French ("Salut! Ton remboursement est fait, dis-moi…").
    'tu', 'ton', 'ta', 'tes', 'salut', 'moi', 'dis-moi', 'besoin', 'autre', "d'autre", 'chose', 'mais', 'je', 'qui', 'dans', 'par', 'sont', 'été', "aujourd'hui", 'demain', 'avez', 'êtes', 'ou'],
  // Words Spanish does not share ("do", "não", "você"), so a Portuguese text is not Spanish.
  pt: ['não', 'você', 'foi', 'de', 'para', 'por', 'que', 'enviado', 'recebemos', 'obrigado', 'seu', 'vocês', 'seu', 'sua', 'seus', 'suas', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'ao', 'os', 'uma', 'um', 'é', 'obrigado', 'obrigada', 'olá', 'oi', 'mensagem', 'mensagens', 'até', 'já', 'hoje', 'amanhã', 'nós', 'mais', 'com', 'pelo', 'pela', 'seu', 'agora', 'pode', 'código', 'envie', 'clique', 'aqui', 'também', 'entrega', 'pagamento', 'obrigado'],
  de: ['der', 'die', 'das', 'den', 'dem', 'des', 'und', 'ist', 'ihr', 'ihre', 'ihren', 'ihrem', 'sie', 'du', 'dein', 'deine', 'wir', 'nicht', 'mit', 'für', 'auf', 'zu', 'zum', 'zur', 'ein', 'eine', 'einen', 'bitte', 'danke', 'vielen', 'hallo', 'ihnen', 'wird', 'werden', 'haben', 'hat', 'ist', 'sind', 'von', 'bei', 'heute', 'morgen', 'uns', 'noch', 'auch', 'sich', 'bestellung', 'termin', 'nachricht', 'antworten', 'können', 'kann'],
  // Not "u" (Dutch "you"): it is the English text speak the guess must not be fooled by.
  nl: ['het', 'een', 'de', 'van', 'en', 'je', 'jouw', 'uw', 'wij', 'we', 'niet', 'met', 'voor', 'op', 'is', 'zijn', 'bedankt', 'dank', 'hallo', 'hoi', 'graag', 'bestelling', 'afspraak', 'bericht', 'vandaag', 'morgen', 'ons', 'onze', 'wordt', 'heeft', 'naar', 'ook', 'nog', 'dat', 'deze', 'dit', 'kunt', 'kun'],
  // Swahili "ya" ("of"), "na" ("and"): the words an English lexicon would misread.
  sw: ['ya', 'na', 'wa', 'kwa', 'za', 'la', 'cha', 'ni', 'yako', 'wako', 'lako', 'katika', 'kwenye', 'asante', 'habari', 'tafadhali', 'karibu', 'nambari', 'namba', 'malipo', 'ujumbe', 'umepokea', 'imepokelewa', 'leo', 'kesho', 'sasa', 'hii', 'huu', 'hiyo', 'kuwa', 'kupitia', 'tuma', 'jibu', 'simu', 'siku', 'bei', 'huduma', 'mteja'],
};

/** Each stopword with the languages it belongs to, so a word costs one lookup. */
const STOPWORD_LANGUAGES = new Map<string, Language[]>();
for (const lang of LANGUAGES) {
  for (const word of new Set(STOPWORDS[lang])) {
    const langs = STOPWORD_LANGUAGES.get(word);
    if (langs) langs.push(lang);
    else STOPWORD_LANGUAGES.set(word, [lang]);
  }
}

/** Words are /[\p{L}'-]+/gu, scanned without a match array per word. */
export const WORD_CHAR = new CharClass(String.raw`[\p{L}'-]`);
/** Enough words to tell the language; a long text stops counting there. */
const MAX_WORDS = 400;
/** The last few texts' languages (a string compare is cheaper than counting again). */
const memo = new TextMemo<Language>(DETECTOR_MEMO_SIZE);

/**
 * The language with the most function words, when it has at least two and more than
 * English; else English (short or unclear texts keep the English reading). Ties go to the
 * earlier language in LANGUAGES: Spanish before Portuguese, French before Dutch.
 */
export function guessLanguage(text: string): Language {
  // Text speak, phones, opt-out, HELP wording and ucs2-character each ask about the same body.
  return memo.get(text, () => countLanguage(text));
}

function countLanguage(text: string): Language {
  const counts = Object.fromEntries(LANGUAGES.map((l) => [l, 0])) as Record<Language, number>;
  let seen = 0;
  scanWords(text, WORD_CHAR, WORD_CHAR, (start, end) => {
    const langs = STOPWORD_LANGUAGES.get(text.slice(start, end).toLowerCase());
    if (langs) for (const lang of langs) counts[lang]++;
    return ++seen < MAX_WORDS;
  });
  let best: Language = 'en';
  for (const lang of LANGUAGES) {
    if (lang === 'en') continue;
    if (counts[lang] >= 2 && counts[lang] > counts.en && counts[lang] > counts[best]) best = lang;
  }
  return best;
}

/**
 * The language subtag of a BCP 47 locale ("es-MX" → "es", "pt_BR" → "pt", "sw" → "sw"), or
 * undefined when the locale is absent or malformed: then the text's own language decides.
 */
export function localeLanguage(locale: unknown): string | undefined {
  if (typeof locale !== 'string') return undefined;
  return /^([a-z]{2,3})(?:$|[-_][a-z0-9]{2,8}(?:[-_][a-z0-9]{2,8})*$)/i.exec(locale.trim())?.[1]?.toLowerCase();
}
