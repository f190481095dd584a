/**
 * Text speak per language: each lexicon applies only to its language, its traps are never
 * flagged, and a text plainly in another language gets no English findings (issue 14).
 */
import { describe, expect, it } from 'vitest';
import { detectTextSpeak, guessLanguage, LANGUAGE_LEXICONS, localeLanguage } from '@smslint/core';

const tokens = (text: string, language?: string) => detectTextSpeak(text, language ? { language } : {}).map((m) => m.text);

describe('guessLanguage', () => {
  it.each([
    ['Your order has shipped and will arrive today. Reply STOP to opt out.', 'en'],
    ['Su pedido llegará mañana. Gracias por su compra.', 'es'],
    ['Votre commande est prête, merci de passer au magasin.', 'fr'],
    ['Olá! Seu pedido não foi entregue hoje, você pode retirar amanhã.', 'pt'],
    ['Ihre Bestellung ist unterwegs und wird morgen geliefert. Vielen Dank!', 'de'],
    ['Uw bestelling is vandaag verzonden. Bedankt voor uw aankoop bij ons.', 'nl'],
    ['Malipo ya agizo lako yamepokelewa. Asante kwa kununua na sisi.', 'sw'],
    ['hi! ur refund is done, lmk if u need anything', 'en'],
    ['ok', 'en'],
  ])('%s → %s', (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });

  it('reads the language of a locale', () => {
    expect(localeLanguage('pt-BR')).toBe('pt');
    expect(localeLanguage('es_MX')).toBe('es');
    expect(localeLanguage('sw')).toBe('sw');
    expect(localeLanguage('not a locale')).toBeUndefined();
    expect(localeLanguage(42)).toBeUndefined();
  });
});

describe('per-language lexicons', () => {
  for (const [language, lexicon] of Object.entries(LANGUAGE_LEXICONS)) {
    it(`${lexicon.name}: traps are not flagged, in the locale or guessed`, () => {
      for (const trap of lexicon.traps) {
        expect(tokens(trap, language), trap).toEqual([]);
        expect(tokens(trap), trap).toEqual([]);
      }
    });

    it(`${lexicon.name}: every entry is flagged in a sentence of the language, with its expansion`, () => {
      for (const [token, expansion] of lexicon.rows) {
        const found = detectTextSpeak(`hola ${token} ok`, { language });
        expect(found.map((m) => [m.text, m.expansion]), token).toEqual([[token, expansion]]);
      }
    });
  }

  it('English text speak of no language ("thx", "2day", "ur") counts in any language; "u", "ya" do not', () => {
    expect(tokens('Votre colis arrive 2day entre 13 h et 17 h. Merci!')).toEqual(['2day']);
    expect(tokens('Hola! ya quedó ur reembolso, cualquier cosa me avisas')).toEqual(['ur']);
    expect(tokens('Malipo ya agizo lako yamepokelewa. Asante kwa kununua na sisi.')).toEqual([]);
    expect(tokens('Wij sturen u morgen een bericht over uw bestelling.')).toEqual([]);
    expect(tokens('Da wir Ihre Bestellung haben, senden wir u. a. die Rechnung.')).toEqual([]);
    expect(tokens('Sorry we missed u! Call us back when u get a sec.')).toEqual(['u', 'u']);
  });

  it('the locale decides over the guess', () => {
    // A short Spanish text guesses as English; its locale says Spanish.
    expect(tokens('xq no vino?')).toEqual([]);
    expect(tokens('xq no vino?', 'es')).toEqual(['xq']);
    expect(tokens('vc recebeu?', 'pt')).toEqual(['vc']);
    expect(tokens('vllt morgen', 'de')).toEqual(['vllt']);
    // An English lexicon entry is not applied to a locale of another language.
    expect(tokens('we call u back', 'sw')).toEqual([]);
    expect(tokens('we call u back', 'en')).toEqual(['u']);
  });

  it('a letter after a number is a unit or an offer, not text speak', () => {
    expect(tokens('Carrera de 10 k el domingo, recoja su número.', 'es')).toEqual([]);
    expect(tokens('Promoción 2 x 1 hoy', 'es')).toEqual([]);
    expect(tokens('Hola, x favor llame mañana', 'es')).toEqual(['x']);
  });
});
