/**
 * A rough language guess from function words, enough to tell English from Spanish and
 * French SMS. Text speak letters like "u", "y", "ya", "da" are real words there ("7 u 8").
 */
const STOPWORDS: Record<'en' | 'es' | 'fr', ReadonlySet<string>> = {
  en: new Set(['the', 'to', 'your', 'you', 'is', 'and', 'for', 'of', 'we', 'our', 'on', 'with', 'this', 'be', 'are', 'will', 'please', 'at', 'has', 'have', 'it', 'thanks', 'thank', 'reply', 'can', 'now', 'an']),
  es: new Set(['el', 'la', 'los', 'las', 'de', 'del', 'que', 'para', 'por', 'su', 'sus', 'con', 'una', 'un', 'usted', 'es', 'está', 'gracias', 'días', 'al', 'en', 'se', 'lo', 'hoy', 'mañana', 'pedido', 'su', 'tu', 'responda', 'responde', 'puede', 'mensaje', 'mensajes', 'cita', 'llame', 'envíe', 'hola']),
  fr: new Set(['le', 'la', 'les', 'des', 'de', 'du', 'pour', 'votre', 'vos', 'vous', 'est', 'et', 'une', 'un', 'avec', 'merci', 'au', 'aux', 'ce', 'à', 'sur', 'répondez', 'repondez', 'nous', 'rendez-vous', 'bonjour', 'commande', 'être', 'sera', 'pas', 'ne']),
};

export type Language = 'en' | 'es' | 'fr';

export function guessLanguage(text: string): Language {
  const counts = { en: 0, es: 0, fr: 0 };
  const re = /[\p{L}'-]+/gu;
  let m: RegExpExecArray | null;
  let seen = 0;
  while ((m = re.exec(text)) !== null && seen < 400) {
    seen++;
    const w = m[0].toLowerCase();
    for (const lang of ['en', 'es', 'fr'] as const) if (STOPWORDS[lang].has(w)) counts[lang]++;
  }
  if (counts.es > counts.en && counts.es >= counts.fr && counts.es >= 2) return 'es';
  if (counts.fr > counts.en && counts.fr > counts.es && counts.fr >= 2) return 'fr';
  return 'en';
}
