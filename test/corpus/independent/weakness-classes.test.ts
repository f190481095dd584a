/**
 * One positive and one trap per detector weakness the independent corpus revealed, so each
 * general fix stays fixed even if the corpus texts change.
 */
import { describe, expect, it } from 'vitest';
import { detectAll, type Detections } from '@smslint/core';

type Name = keyof Detections;

function found(detector: Name, text: string): string[] {
  return (detectAll(text)[detector] as Array<{ text: string }>).map((m) => m.text);
}

const cases: Array<[Name, string, string[]]> = [
  // Text speak: Spanish / French abbreviations, only in texts of that language.
  ['textSpeak', 'Hola, q tal? Ya revisé tu caso y el técnico llega mañana xq hoy no hay cupo.', ['q', 'xq']],
  ['textSpeak', 'Salut! Ton remboursement est fait, dis-moi si tu as besoin d’autre chose stp', ['stp']],
  ['textSpeak', 'Hola! ya quedó tu reembolso, cualquier cosa me avisas', []],
  ['textSpeak', 'Promoción 2 x 1 en todas las pizzas para su pedido de hoy.', []],
  ['textSpeak', 'Répondez C pour confirmer votre rendez-vous.', []],
  ['textSpeak', 'quick q - do you want the blue one?', ['q']],
  // Text speak: "2"/"4" as to/for/too.
  ['textSpeak', 'we will txt you when it is out 4 delivery', ['txt', '4']],
  ['textSpeak', 'I added a note so the driver knows 2 leave it at the door', ['2']],
  ['textSpeak', 'Pay at acme.com/pay 2 avoid a late fee.', ['2']],
  ['textSpeak', 'Your warranty covers accidental damage 2.', ['2']],
  ['textSpeak', 'Grades K through 2. Ages 4 and up.', []],
  ['textSpeak', 'ur tix are confirmed 4 sat’s show', ['ur', '4']],
  ['textSpeak', 'Ty from our install team will arrive at 1 PM.', []],
  // Phones: national numbers outside North America, short codes, service numbers.
  ['phones', 'To cancel or rebook call 020 7946 0321.', ['020 7946 0321']],
  ['phones', 'Our 24/7 helpline is 0800 028 0000.', ['0800 028 0000']],
  ['phones', 'Mobile: 07700 900461.', ['07700 900461']],
  ['phones', 'Dudas al 33 3818 1800.', ['33 3818 1800']],
  ['phones', 'Your package 9400 1118 9922 3344 5566 77 arrives today.', []],
  ['phones', 'Text HELP to 727272 for help or STOP to 727272 to cancel.', ['727272', '727272']],
  ['phones', 'SAVE UP TO 50000 POINTS this week.', []],
  ['phones', 'Info : 311 ou montreal.ca', ['311']],
  ['phones', 'Pague en cfe.mx o llame al 071.', ['071']],
  ['phones', 'Reply 1 to confirm, call 123 now.', []],
  ['phones', 'Call 1-877-PHARMACY today.', ['1-877-PHARMACY']],
  ['phones', "Text 'HELP' to 30500 for assistance.", ['30500']],
  ['phones', 'Text BALANCE to 227-898 for your balance.', ['227-898']],
  // Opt-out: keyword to a short code, non-standard keywords with an opt-out effect.
  ['optOut', 'Text HELP to 727272 for help or STOP to 727272 to cancel.', ['STOP to 727272 to cancel']],
  ['optOut', "Not interested? Reply NO MORE and we'll remove you from our list.", ["Reply NO MORE and we'll remove you from our list"]],
  ['optOut', 'Reply YES to opt in to alerts.', []],
  ['optOut', "stop texting me? just reply stop and we'll remove your number.", ['reply stop']],
  ['optOut', 'Text alerts can be turned off anytime in the app under Profile > Notifications.', ['Text alerts can be turned off anytime in the app under Profile > Notifications']],
  ['optOut', 'Unsubscribe from texts: acme.com/sms-off', ['Unsubscribe from texts: acme.com/sms-off']],
  // Callback offers.
  ['callbackOffers', 'Vidéotron : Répondez RAPPEL et nous vous appellerons d’ici 24 h.', ['Répondez RAPPEL et nous vous appellerons']],
  ['callbackOffers', 'Would you like a nurse to call you back? Reply YES or NO.', ['Reply YES']],
  ['callbackOffers', 'Text SUPPORT to 87654 for help anytime.', []],
  ['callbackOffers', 'Reply CONFIRM to confirm your callback at 3 PM.', []],
  ['callbackOffers', 'Reply MENU for options or reply AGENT to talk to a person.', ['reply AGENT to talk']],
  // Links and shouting.
  ['links', 'Open the Acme.app file you downloaded to finish installing.', []],
  ['links', 'Download it at acme.app today.', ['acme.app']],
  ['shouting', 'Track your order: WWW.SHOPRITE.COM/ORDERS', []],
  ['shouting', 'Visit ACME.COM/DEALS NOW FOR MORE', ['NOW FOR MORE']],
];

describe('detector weaknesses found by the independent corpus', () => {
  for (const [detector, text, expected] of cases) {
    it(`${detector}: ${text}`, () => {
      expect(found(detector, text)).toEqual(expected);
    });
  }
});
