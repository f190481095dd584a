/** Opt-out and HELP wording per language (issue 14): the fix sentences and common phrasings are detected. */
import { describe, expect, it } from 'vitest';
import { detectHelpInstruction, detectOptOut, REPLY_WORDING } from '@smslint/core';

describe('reply wording per language', () => {
  for (const [language, wording] of Object.entries(REPLY_WORDING)) {
    it(`${language}: the sentences smslint appends are detected as what they are`, () => {
      expect(detectOptOut(wording.optOutText), wording.optOutText).toHaveLength(1);
      expect(detectHelpInstruction(wording.helpText), wording.helpText).toHaveLength(1);
    });
  }

  it.each([
    ['SMS mit STOP an 82345 zum Abmelden', 'SMS mit STOP'],
    ['Abmelden: STOP an 12345', 'STOP an 12345'],
    ['STOPP zum Abmelden', 'STOPP zum Abmelden'],
    ['Envie PARAR para 28282 para cancelar', 'Envie PARAR'],
    ['Novidades! SAIR para sair da lista.', 'SAIR para sair'],
    ['Responde BAJA para no recibir más', 'Responde BAJA'],
  ])('opt-out: %s', (text, found) => {
    expect(detectOptOut(text).map((m) => m.text)).toEqual([found]);
  });

  it.each(['Para sair do estacionamento, use o cartão.', 'Bitte stoppen Sie an der Haltestelle.', 'Um den Termin abzusagen, antworten Sie mit ABSAGEN.'])('not an opt-out: %s', (text) => {
    expect(detectOptOut(text)).toEqual([]);
  });

  it.each([
    ['¿Preguntas? Llame al 555-0100.', 'es'],
    ['Preguntas? Llame al 555-0100.', 'es'],
    ['Dúvidas? Ligue para 0800 123 456.', 'pt'],
    ['Fragen? Rufen Sie uns an: 030 123456.', 'de'],
    ['Responda AJUDA para obter ajuda.', 'pt'],
    ['Antworten Sie mit HILFE für Hilfe.', 'de'],
  ])('HELP or support contact: %s', (text) => {
    expect(detectHelpInstruction(text).length).toBeGreaterThan(0);
  });
});
