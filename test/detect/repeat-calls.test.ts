import { describe, expect, it } from 'vitest';
import {
  detectCallbackOffers,
  detectDisclosures,
  detectEmails,
  detectExclusiveOptOut,
  detectHelpInstruction,
  detectLinks,
  detectOptOut,
  detectPhones,
  detectTextSpeak,
  guessLanguage,
} from '@smslint/core';
import fc from 'fast-check';

// Detectors remember results for the last few texts (several rules scan the same body):
// a repeated call must give the same answer, however callers treat earlier results.
const BODY =
  'Acme: thx 4 waiting! Track it at https://acme.example/t/42 or email help@acme.example. ' +
  'Call (888) 412-7730 or reply CALL for a callback. Questions? Reply HELP. Reply STOP to opt out.';

describe('repeated detector calls on the same text', () => {
  it('return equal, independent results: editing one result does not change the next', () => {
    const detectors = [detectLinks, detectEmails, detectPhones, detectOptOut, detectCallbackOffers, detectHelpInstruction] as const;
    for (const detect of detectors) {
      const first = detect(BODY) as Array<{ start: number; text: string }>;
      const expected = JSON.stringify(first);
      expect(first.length).toBeGreaterThan(0);
      first[0]!.start = -1;
      first[0]!.text = 'edited';
      first.length = 0;
      expect(JSON.stringify(detect(BODY))).toBe(expected);
    }
  });

  it('keep texts apart when calls interleave', () => {
    const other = 'Visit www.northwind.example/help or call 1-800-555-0199.';
    const links = detectLinks(BODY);
    const otherLinks = detectLinks(other);
    expect(otherLinks.map((l) => l.host)).toEqual(['www.northwind.example']);
    for (let i = 0; i < 6; i++) detectLinks(`filler ${i}.example.com`);
    expect(detectLinks(BODY)).toEqual(links);
    expect(detectLinks(other)).toEqual(otherLinks);
  });

  it('keep regions apart for phone numbers', () => {
    const text = 'Call us on 020 7946 0958 or +1 888 412 7730.';
    const us = detectPhones(text, { region: 'US' });
    const gb = detectPhones(text, { region: 'GB' });
    expect(gb.find((p) => p.text === '020 7946 0958')?.e164).toBe('+442079460958');
    expect(detectPhones(text, { region: 'US' })).toEqual(us);
    expect(detectPhones(text, { region: 'GB' })).toEqual(gb);
  });

  it('give detectors built on others (disclosures, exclusive opt-out, text speak) the same answers as a first call', () => {
    const disclosures = detectDisclosures(BODY);
    const exclusive = detectExclusiveOptOut(BODY);
    const textSpeak = detectTextSpeak(BODY);
    expect(disclosures.stop?.text).toBe('Reply STOP');
    expect(textSpeak.map((t) => t.text)).toEqual(['thx', '4']);
    detectOptOut(BODY).forEach((o) => (o.start = -1));
    detectHelpInstruction(BODY).length = 0;
    detectLinks(BODY).forEach((l) => (l.end = 0));
    expect(detectDisclosures(BODY)).toEqual(disclosures);
    expect(detectExclusiveOptOut(BODY)).toEqual(exclusive);
    expect(detectTextSpeak(BODY)).toEqual(textSpeak);
  });

  it('guessLanguage: any order of calls over more texts than it remembers gives each text its own language', () => {
    const texts = [
      'Hola, su pedido está en camino y llegará el martes.',
      'Bonjour, votre commande est en route et arrivera mardi.',
      'Olá, o seu pedido está a caminho e chega na terça.',
      'Hallo, Ihre Bestellung ist unterwegs und kommt am Dienstag.',
      'Hallo, uw bestelling is onderweg en komt op dinsdag.',
      'Habari, oda yako iko njiani na itafika Jumanne.',
      'Hi, your order is on its way and arrives on Tuesday.',
    ];
    // Each text's language, asked with a fresh string (another object, the same characters).
    const alone = texts.map((text) => guessLanguage([...text].join('')));
    expect(new Set(alone).size).toBeGreaterThan(4);
    fc.assert(
      fc.property(fc.array(fc.nat(texts.length - 1), { minLength: 1, maxLength: 30 }), (order) => {
        for (const i of order) expect(guessLanguage(texts[i]!)).toBe(alone[i]);
      }),
    );
  });
});
