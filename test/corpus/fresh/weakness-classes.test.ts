/**
 * One working case and one trap per detector weakness the fresh corpus revealed, so each
 * general fix stays fixed even if the corpus texts change. Expected strings are the exact
 * matched texts.
 */
import { describe, expect, it } from 'vitest';
import { detectAll, type Detections } from '@smslint/core';

type Name = keyof Detections;

function found(detector: Name, text: string): string[] {
  return (detectAll(text)[detector] as Array<{ text: string }>).map((m) => m.text);
}

const cases: Array<[Name, string, string[]]> = [
  // Text speak: "tx" for thanks, never Texas or a treatment.
  ['textSpeak', "it's delayed by the storm. tx for understanding", ['tx']],
  ['textSpeak', 'ok tx!', ['tx']],
  ['textSpeak', 'Your tx plan is ready for review.', []],
  ['textSpeak', 'Ship to 100 Congress Ave, Austin, TX 78701.', []],
  ['textSpeak', 'The Tx case number is TX-44812.', []],
  // Text speak: "ill" for "I'll" at a clause start before a verb.
  ['textSpeak', 'ok thx, ill update ur file', ['thx', 'ill', 'ur']],
  ['textSpeak', 'Sorry to hear you are feeling ill. Ill health is covered by your plan.', []],
  // Text speak: a digit as to/for right after a reply keyword.
  ['textSpeak', 'Reply STOP 2 unsubscribe', ['2']],
  ['textSpeak', 'Reply YES 2 times to confirm. Bus Stop 2 is closed.', []],
  // Text speak: "b" for "be" after "pls".
  ['textSpeak', 'Plz b there 15 min early', ['Plz', 'b']],
  ['textSpeak', 'Please see Plan B attached. Pls pick b or c.', ['Pls']],
  // Text speak: "chk"; a clause-initial "b" before there/back.
  ['textSpeak', "I'll chk with the kitchen. Running late, b there by 4:30", ['chk', 'b']],
  ['textSpeak', 'Choose option b here. CHK acct ending 1234 was debited.', []],
  // Opt-out: a lower-case keyword in quotes.
  ['optOut', "reply 'stop' to unsubscribe", ["reply 'stop"]],
  ['optOut', "Reply 'stop by' to book a visit.", []],
  // Opt-out: two settings verbs, then a link instead of a settings page.
  ['optOut', 'Manage or turn off alerts at chase.com/alerts', ['Manage or turn off alerts at chase.com/alerts']],
  ['optOut', 'Manage your order at acme.co/orders', []],
  ['optOut', 'Mute notifications at night from 10pm.', []],
  // Opt-out: changing contact/communication preferences.
  ['optOut', 'Prefer email only? Change your contact preferences at harbor.dental/prefs', ['Change your contact preferences']],
  ['optOut', 'Update your delivery preferences in the app.', []],
  // Links: a label glued to a scheme-less link by a colon.
  ['links', 'Shop the sale:www.acme.co/sale', ['www.acme.co/sale']],
  ['links', 'Menu:acme.co/m', ['acme.co/m']],
  ['links', 'Note:Mr.Smith will see you. Time:10.30 sharp', []],
  // Phones: "text us anytime at <short code>"; spam-reporting short codes.
  ['phones', 'Text us anytime at 64600.', ['64600']],
  ['phones', 'Call us anytime at 9am.', []],
  ['phones', 'Forward suspicious texts to 7726 (SPAM).', ['7726']],
  ['phones', 'Please report to HR by 2026. Report to gate 12 by 10:30.', []],
  ['phones', 'Report to 1204 Main St at 8 AM.', []],
  // Phones: an N11 number labelled as a line.
  ['phones', 'Non-emergency police line: 311', ['311']],
  ['phones', 'Line 311 of your statement shows the fee.', []],
  // Callback offers: "give you a call" as the outcome of a keyword.
  ['callbackOffers', "Prefer to chat by phone? Reply PHONE and we'll give you a call.", ["Reply PHONE and we'll give you a call"]],
  ['callbackOffers', 'Reply PHONE for our phone plans.', []],
  // Phones: the US 988 crisis line.
  ['phones', 'Dial 988 for the Suicide & Crisis Lifeline.', ['988']],
  ['phones', 'Your order 988 is ready in Room 988. Only 988 left!', []],
  // Callback offers: asked for a good time or number, then "we'll call".
  ['callbackOffers', "Rather talk on the phone? Let us know a good time and we'll call.", ["Let us know a good time and we'll call"]],
  ['callbackOffers', "Let us know a good time and we'll deliver your sofa.", []],
  // Callback offers: the customer is asked whether they want a call (no keyword needed).
  ['callbackOffers', 'want us to ring you? just reply with a good time', ['want us to ring you? just reply with a good time']],
  ['callbackOffers', 'Would you like a call back?', ['Would you like a call back?']],
  ['callbackOffers', 'Can I call u 2moro to go over the quote?', []],
  ['callbackOffers', 'Do you want a receipt? Want to try again?', []],
  // Callback offers: the offer, then a dash or colon, then the reply instruction.
  ['callbackOffers', 'A specialist can call you — reply YES and we will set it up.', ['reply YES']],
  ['callbackOffers', 'Talk to us: reply here or call 1 (888) 462-3377.', ['reply here']],
  ['callbackOffers', "We'll call you at 3 PM - reply C to cancel.", []],
  ['callbackOffers', 'Questions? Reply here.', []],
  // Callback offers: "u" as the object of the call; an adjective before "call".
  ['callbackOffers', "can we call u tmrw? Reply YES and I'll ring u at 10", ["Reply YES and I'll ring u"]],
  ['callbackOffers', 'Would u like a quick call to walk through the setup?', ['Would u like a quick call to walk through the setup?']],
  ['callbackOffers', 'Would u like a quick tour of the app?', []],
  // Callback offers: a second keyword after "or", the verb said once.
  ['callbackOffers', 'Need a hand? Reply HELP for options or AGENT to talk to a person.', ['AGENT to talk']],
  ['callbackOffers', 'Reply 1 to confirm or 2 to speak with a nurse.', ['2 to speak']],
  ['callbackOffers', 'Reply YES to confirm or NO to talk to us later about it.', []],
  ['callbackOffers', 'Our hours are 9-5 or LATER to talk to a person.', []],
  ['callbackOffers', "Reply YES within 2 or 3 days and we'll call you.", ["Reply YES within 2 or 3 days and we'll call"]],
  ['callbackOffers', 'Reply AGENT to talk to a person, or 3 to end this chat.', ['Reply AGENT to talk']],
  // Callback offers: an imperative to request a call somewhere.
  ['callbackOffers', 'Request a callback any time at acme-energy.com/callback', ['Request a callback any time at']],
  ['callbackOffers', "We'll schedule a call at your convenience.", []],
];

describe('weakness classes found by the fresh corpus', () => {
  for (const [detector, text, expected] of cases) {
    it(`${detector}: ${text}`, () => {
      expect(found(detector, text)).toEqual(expected);
    });
  }
});
