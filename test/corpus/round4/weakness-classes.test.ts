/**
 * One working case and one trap per detector weakness the round-4 corpus revealed, so each
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
  // Callback: a choice question whose tail runs past 40 characters before the "?".
  ['callbackOffers', 'Want a call from a card specialist about your upgrade offer? Reply Y.', ['Want a call from a card specialist about your upgrade offer? Reply Y']],
  ['callbackOffers', 'Did you miss a call from a card specialist about your upgrade offer? Reply Y.', []],
  // Callback: the Spanish and French choice questions ("¿Prefiere que le llamemos?", "Souhaitez-vous qu'un conseiller vous rappelle?").
  ['callbackOffers', '¿Prefiere que le llamemos para revisar su póliza? Responda SÍ.', ['¿Prefiere que le llamemos para revisar su póliza? Responda SÍ']],
  ['callbackOffers', 'Souhaitez-vous qu\'un conseiller vous rappelle? Répondez OUI.', ['Souhaitez-vous qu\'un conseiller vous rappelle? Répondez OUI']],
  ['callbackOffers', '¿Desea cambiar su cita? Responda SI. Voulez-vous confirmer votre rendez-vous? Répondez OUI.', []],
  // Callback: "reply with a better number … and we'll try you again" (a call, not "try again").
  ['callbackOffers', "Reply with a better number and time and we'll try you again.", ["Reply with a better number and time and we'll try you"]],
  ['callbackOffers', "Reply with a better time and we'll reschedule your delivery. Want to try again? Reply PAY.", []],
  // Callback: "Book a call with our sales team", "Request a callback from your admin under Help".
  ['callbackOffers', 'Your trial ends soon. Book a call with our sales team: slack.com/demo', ['Book a call with our sales team']],
  ['callbackOffers', 'Questions? Request a callback from your admin under Help > Contact.', ['Request a callback from your admin']],
  ['callbackOffers', 'We will book a call with your installer once the parts arrive.', []],
  // Callback: a person outcome in French / Spanish after the keyword; a phone appointment.
  ['callbackOffers', 'Votre ordonnance est prête. Répondez 1 pour parler à un pharmacien.', ['Répondez 1 pour parler']],
  ['callbackOffers', 'Reply MEET to set up a phone appointment.', ['Reply MEET to set up a phone appointment']],
  ['callbackOffers', 'Répondez 1 pour confirmer. Reply MEET to set up an in-person appointment.', []],
  ['callbackOffers', 'Reply 1 to book an in-person visit, or 2 to talk to a person now.', ['2 to talk']],
  // Callback: the agent can / would like to call, and the next words ask for a reply.
  ['callbackOffers', "We'd like to call you to book your meter upgrade. Please reply with a good time.", ["We'd like to call you to book your meter upgrade. Please reply with a good time"]],
  ['callbackOffers', 'Un technicien peut vous appeler pour planifier la réparation. Répondez OUI.', ['Un technicien peut vous appeler pour planifier la réparation. Répondez OUI']],
  ['callbackOffers', 'A nurse will call you at 3 PM. Reply C to confirm. We can call you about offers. Reply STOP to opt out.', []],
  ['callbackOffers', 'Our driver can call you on arrival. Reply 1 to confirm the delivery time.', []],
  ['callbackOffers', 'We could call you instead - just reply with a good time.', ['We could call you instead - just reply with a good time']],
  ['callbackOffers', 'A specialist can call you at 3 p.m. tomorrow. Reply YES.', ['A specialist can call you at 3 p.m. tomorrow. Reply YES']],
  // Callback: the purpose before the reply instruction.
  ['callbackOffers', 'To talk with a health coach, reply COACH.', ['To talk with a health coach, reply COACH']],
  ['callbackOffers', 'Para recibir una llamada de un ejecutivo, responda 1.', ['Para recibir una llamada de un ejecutivo, responda 1']],
  ['callbackOffers', 'To talk about your bill, reply BILL. To end this chat, reply END.', []],
  // Opt-out: a keyword "=" a French noun of purpose; a title-case word is not the keyword.
  ['optOut', "Leon's : Vente d'entrepôt ce samedi! ARRET = désabonnement", ['ARRET = désabonnement']],
  ['optOut', 'Arrêt = désabonnement du service de bus.', []],
  // Callback: Spanish "y le llamamos" after the keyword.
  ['callbackOffers', '¿Quiere hablar con un asesor? Responda SI y le llamamos.', ['Responda SI y le llamamos']],
  ['callbackOffers', '¿Quiere confirmar su cita? Responda SI y le enviamos los detalles.', []],
  // Opt-out: the keyword glued to its purpose.
  ['optOut', "Kohl's: Kohl's Cash is waiting. Reply STOP2END", ['Reply STOP2END']],
  ['optOut', 'The STOP2END campaign raised $5,000 for shelters.', []],
  // Opt-out: Spanish / French unsubscribe label before a link.
  ['optOut', 'Rebajas de verano. Darse de baja: elcorteingles.es/baja', ['Darse de baja: elcorteingles.es/baja']],
  ['optOut', 'Darse de baja del gimnasio requiere 30 días de aviso.', []],
  // Opt-out: French / Spanish communication-preferences instructions.
  ['optOut', 'Gérez vos préférences de communication sur videotron.com/preferences.', ['Gérez vos préférences de communication']],
  ['optOut', 'Actualice sus preferencias de mensajes en la app.', ['Actualice sus preferencias de mensajes']],
  ['optOut', 'Gérez vos préférences de livraison dans votre compte.', []],
  // Opt-out: END that ends a chat stated before it is not an opt-out; texts before it still are.
  ['optOut', 'To chat with a live agent, reply AGENT. To end this chat, reply END.', []],
  ['optOut', 'To end these chat alerts, reply END.', ['reply END']],
  // Phones: Spanish / French dial verbs before a national number.
  ['phones', 'Para soporte marque el 55 5249 5000.', ['55 5249 5000']],
  ['phones', 'Su saldo es 55 5249 5000 pesos.', []],
  // Phones: a place label before a space-grouped national number ("id" of Madrid is not an ID label).
  ['phones', 'Berlin: 030 2250 2300. Madrid: 91 123 45 67.', ['030 2250 2300', '91 123 45 67']],
  ['phones', 'Reminder: 2026-12-03 10:00 at 500 Main St. Total: 91 123 45 67 points.', []],
  // Phones: a second emergency number chained with "or" after the call verb.
  ['phones', 'Emergency? Call 999 (UK) or 112 (EU).', ['999', '112']],
  ['phones', 'Call 911 or 100 people will be stuck.', ['911']],
  // Phones: a second national number chained with "or" after one already found.
  ['phones', 'Reach us at 0800 123 4567 (NZ) or 1300 655 506 (AU).', ['0800 123 4567', '1300 655 506']],
  ['phones', 'Order 4471 or 1300 655 506 points ship today.', []],
  // Phones: the 711 relay service after TTY / TDD.
  ['phones', 'Questions? 1-833-555-0166 (TTY 711)', ['1-833-555-0166', '711']],
  ['phones', 'Store 711 opens at 9. Room 711 is ready.', []],
  // Text speak: a digit after a French / Spanish extension word is not "to".
  ['textSpeak', 'Pour nous joindre : 514 873-2015, poste 2', []],
  ['textSpeak', 'Poste 2 est libre. ok talk 2 u soon', ['2', 'u']],
];

describe('round-4 weakness classes', () => {
  for (const [detector, text, expected] of cases) {
    it(`${detector}: ${text}`, () => {
      expect(found(detector, text)).toEqual(expected);
    });
  }
});
