import { describe, expect, it } from 'vitest';
import { detectDisclosures, detectHelpInstruction, detectTextSpeak } from '@smslint/core';

/** Detector gaps the content rules exposed (fixed in packages/core/src/detect). */
describe('detector fixes behind the content rules', () => {
  it('detectHelpInstruction: "Help at <link or number>" is a support contact, punctuation excluded', () => {
    expect(detectHelpInstruction('Acme: Help at https://acme.com/help or (888) 412-7730.').map((m) => m.text)).toEqual(['Help at https://acme.com/help']);
    expect(detectHelpInstruction('Ayuda en https://acme.com/ayuda.').map((m) => m.text)).toEqual(['Ayuda en https://acme.com/ayuda']);
    expect(detectHelpInstruction('Support: 1-888-412-7730').map((m) => m.text)).toEqual(['Support: 1-888-412-7730']);
    expect(detectHelpInstruction('We help at home visits. Help at 5 PM today.')).toEqual([]);
  });

  it('detectDisclosures: frequencies per event, with adjectives, and in Spanish and French', () => {
    const frequency = (text: string) => detectDisclosures(text).frequency?.text ?? null;
    expect(frequency('Up to 4 recurring marketing texts/mo.')).toBe('Up to 4 recurring marketing texts/mo');
    expect(frequency('up to 4 messages per visit.')).toBe('up to 4 messages per visit');
    expect(frequency('Frecuencia variable.')).toBe('Frecuencia variable');
    expect(frequency('hasta 4 por visita.')).toBe('hasta 4 por visita');
    expect(frequency('Fréquence variable.')).toBe('Fréquence variable');
    expect(frequency('au plus 4 textos par visite.')).toBe('au plus 4 textos par visite');
    expect(frequency('Order 4 items per order. You have 3 alerts per account.')).toBeNull();
  });

  it('detectDisclosures: "Msg & data rates" in Spanish and French word orders', () => {
    const rates = (text: string) => detectDisclosures(text).rates !== null;
    expect(rates('Pueden aplicar tarifas de mensajes y datos.')).toBe(true);
    expect(rates('Se pueden aplicar tarifas.')).toBe(true);
    expect(rates("Des frais de messagerie texte et de données peuvent s'appliquer.")).toBe(true);
    expect(rates('Des frais de livraison sont inclus.')).toBe(false);
  });

  it('detectTextSpeak: a code after "<label> is" ("Your seat is B4") is not "before"', () => {
    expect(detectTextSpeak('Your seat is B4 and your gate is C2.')).toEqual([]);
    expect(detectTextSpeak('Call me b4 noon.').map((m) => m.text)).toEqual(['b4']);
  });
});
