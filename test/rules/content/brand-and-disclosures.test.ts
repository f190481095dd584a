import { describe, expect, it } from 'vitest';
import { findingsOf, spans } from '../helpers.js';
import { applySuggestions } from './fix-helpers.js';

describe('brand-identification', () => {
  const rule = 'brand-identification';
  const branded = (body: string, meta = 'kind: transactional\nbrand: Acme\n') => `---\n${meta}---\n## Message\n${body}\n`;

  it('passes the brand in the first 40 characters or the first sentence, any case, possessive', () => {
    for (const body of [
      'Acme: your order has shipped.',
      "Good news from ACME's warehouse team in Ohio: your order has shipped today.",
      'Your order has shipped and will arrive on Friday, thanks from Acme. More soon.',
      '{{brandName}}: your order has shipped and will arrive on Friday afternoon.',
    ]) {
      expect(findingsOf(rule, branded(body)), body).toEqual([]);
    }
  });

  it('reports a brand that is missing or late, at the start of the body, with a suggestion', () => {
    const text = branded('Your order has shipped and should arrive on Friday. Thanks for shopping with Acme!');
    const found = findingsOf(rule, text);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
    expect(found[0]!.message).toMatch(/^Name the sender at the start \("Acme: …"\): it first appears \d+ characters in\./);
    expect(spans(text, found)[0]).toMatch(/^Your order has shipped/);
    const fixed = applySuggestions(rule, text);
    expect(fixed).toBe(branded('Acme: Your order has shipped and should arrive on Friday. Thanks for shopping with Acme!'));
    expect(findingsOf(rule, fixed)).toEqual([]);
    expect(findingsOf(rule, branded('Your order has shipped.'))[0]!.message).toMatch(/^The sender "Acme" is not named: start with "Acme: …"\./);
    // A first sentence without punctuation only stretches "the start" to 120 characters.
    expect(findingsOf(rule, branded(`Your order ${'and more '.repeat(15)}from Acme`))).toHaveLength(1);
    expect(findingsOf(rule, branded('{{storeName}} store: your order has shipped and should arrive on Friday.'))).toHaveLength(1);
  });

  it('template metadata brand beats front matter beats config; errors for marketing', () => {
    const text = '---\nkind: marketing\nbrand: Acme\nsendWindow: "09:00-20:00"\n---\n## Deals\n<!-- smslint: brand=Zeta -->\nAcme: 20% off. Reply STOP to opt out.\n';
    expect(findingsOf(rule, text).map((f) => f.severity)).toEqual(['error']);
    const fromConfig = '---\nkind: transactional\n---\n## M\nZeta: shipped.\n';
    expect(findingsOf(rule, fromConfig, { config: { sources: [], brand: 'Zeta' } })).toEqual([]);
    expect(findingsOf(rule, fromConfig, { config: { sources: [], brand: 'Acme' } })).toHaveLength(1);
  });

  it('without any brand: one info per file asking to configure it', () => {
    const text = '---\nkind: transactional\n---\n## One\nShipped.\n\n## Two\nDelivered.\n';
    const found = findingsOf(rule, text);
    expect(found.map((f) => [f.severity, f.message.startsWith('No brand configured')])).toEqual([['info', true]]);
  });

  it('is off for support replies by default', () => {
    expect(findingsOf(rule, '---\nbrand: Acme\n---\n## Reply\nThanks, we are on it.\n')).toEqual([]);
  });
});

describe('first-message-disclosures', () => {
  const rule = 'first-message-disclosures';
  const confirmation = (body: string) => `---\nkind: transactional\nbrand: Acme\noptInConfirmation: true\n---\n## Welcome\n${body}\n`;

  it('names every missing disclosure', () => {
    const found = findingsOf(rule, confirmation('Acme: thanks!'));
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toBe(
      'Opt-in confirmation is missing the frequency, the rates, STOP and HELP: add them. ' +
        'For example "Msg frequency varies. Msg & data rates may apply. Reply STOP to cancel. Reply HELP for help." ' +
        '(CTIA 5.1.1: the first message states the program, frequency, rates, STOP and HELP).',
    );
    expect(findingsOf(rule, confirmation('Thanks! Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.'))[0]!.message).toMatch(
      /^Opt-in confirmation is missing the program or brand: add it\. \(CTIA/,
    );
  });

  it('passes a complete confirmation (the brand names the program)', () => {
    for (const body of [
      'Acme: you are signed up for order alerts. Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.',
      'Acme Deals: Welcome! Up to 4 msgs/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.',
    ]) {
      expect(findingsOf(rule, confirmation(body)), body).toEqual([]);
    }
  });

  it('reads Spanish and French disclosures, and per-event or adjective-laden frequencies', () => {
    const es = '---\nkind: transactional\nbrand: Acme\noptInConfirmation: true\nlocale: es-US\n---\n## Bienvenida\n';
    expect(findingsOf(rule, `${es}Acme: Alertas activadas. Frecuencia variable. Pueden aplicar tarifas de mensajes y datos. Responde HELP para ayuda o STOP para cancelar.\n`)).toEqual([]);
    expect(findingsOf(rule, `${es}Acme: Recordatorios activados, hasta 4 por visita. Se pueden aplicar tarifas de mensajes y datos. Responde HELP para ayuda o STOP para cancelar.\n`)).toEqual([]);
    const fr = '---\nkind: transactional\nbrand: Acme\noptInConfirmation: true\nregion: ca\n---\n## Bienvenue\n';
    expect(findingsOf(rule, `${fr}Acme : Vous recevrez les rappels, au plus 4 textos par visite. Des frais de messagerie texte et de données peuvent s'appliquer. Textez AIDE pour de l'aide, ARRET ou STOP pour vous désabonner.\n`)).toEqual([]);
    expect(findingsOf(rule, `${fr}Acme : Fréquence variable. Des frais peuvent s'appliquer. Textez AIDE pour de l'aide, ARRET ou STOP pour vous désabonner.\n`)).toEqual([]);
    for (const body of [
      'Acme: You will get up to 4 recurring marketing texts/mo. Msg & data rates may apply. Reply HELP for help, STOP to cancel.',
      'Acme: You will get reminders, up to 4 messages per visit. Msg & data rates may apply. Reply HELP for help, STOP to cancel.',
    ]) {
      expect(findingsOf(rule, confirmation(body)), body).toEqual([]);
    }
    expect(findingsOf(rule, confirmation('Acme: Order 4 items per order. Msg & data rates may apply. Reply HELP for help, STOP to cancel.'))[0]!.message).toMatch(
      /^Opt-in confirmation is missing the frequency: add it\. For example "Msg frequency varies\."/,
    );
  });

  it('checks only templates marked optInConfirmation', () => {
    expect(findingsOf(rule, '---\nkind: transactional\nbrand: Acme\n---\n## Shipped\nAcme: shipped.\n')).toEqual([]);
  });
});
