/**
 * Text speak of Spanish and French SMS (sms-facts.md §3 applied to the languages smslint
 * guesses): "q tal", "xq hoy no hay cupo", "dis-moi stp". Used only when the text is guessed
 * to be in that language, so an English "q" ("quick q") or "c" ("c u soon") keeps its own reading.
 * Formal abbreviations are not here: "svp" (s'il vous plaît) and "Sr." are standard.
 */
import type { Language } from './language.js';
import type { TextSpeakEntry } from './text-speak-lexicon.js';

type LocalLanguage = Exclude<Language, 'en'>;

const ROWS: Record<LocalLanguage, Array<[token: string, expansion: string]>> = {
  es: [
    ['q', 'que'],
    ['x', 'por'],
    ['t', 'te'],
    ['k', 'que'],
    ['xq', 'porque'],
    ['pq', 'porque'],
    ['porq', 'porque'],
    ['tb', 'también'],
    ['tmb', 'también'],
    ['tmbn', 'también'],
    ['xfa', 'por favor'],
    ['porfa', 'por favor'],
    ['pls', 'por favor'],
    ['msj', 'mensaje'],
    ['msjs', 'mensajes'],
    ['bn', 'bien'],
    ['dnd', 'dónde'],
    ['tqm', 'te quiero mucho'],
    ['salu2', 'saludos'],
    ['grax', 'gracias'],
    ['ntp', 'no te preocupes'],
    ['finde', 'fin de semana'],
  ],
  fr: [
    ['stp', "s'il te plaît"],
    ['c', "c'est"],
    ['jte', 'je te'],
    ['jsuis', 'je suis'],
    ['chui', 'je suis'],
    ['ct', "c'était"],
    ['slt', 'salut'],
    ['bcp', 'beaucoup'],
    ['pk', 'pourquoi'],
    ['pq', 'pourquoi'],
    ['pcq', 'parce que'],
    ['dsl', 'désolé'],
    ['mdr', 'haha'],
    ['tkt', "ne t'inquiète pas"],
    ['jsp', 'je ne sais pas'],
    ['qqch', 'quelque chose'],
    ['qqn', "quelqu'un"],
    ['bjr', 'bonjour'],
    ['cad', "c'est-à-dire"],
    ['pls', "s'il vous plaît"],
  ],
};

function build(rows: Array<[string, string]>): ReadonlyMap<string, TextSpeakEntry> {
  return new Map(rows.map(([token, expansion]) => [token, { expansion, confidence: 'always' } as TextSpeakEntry]));
}

export const LOCAL_TEXT_SPEAK: Record<LocalLanguage, ReadonlyMap<string, TextSpeakEntry>> = {
  es: build(ROWS.es),
  fr: build(ROWS.fr),
};

/** Every token of the local lexicons: only these need a language guess before lookup. */
export const LOCAL_TEXT_SPEAK_TOKENS: ReadonlySet<string> = new Set([...ROWS.es, ...ROWS.fr].map(([token]) => token));
