/**
 * First-message disclosures (CTIA §5.1.1): program name/purpose, message frequency,
 * "Msg & data rates may apply", STOP and HELP. Returns which are present.
 */
import { findHelpInstructions } from './help-instruction.js';
import { findOptOuts } from './opt-out.js';
import { asText, WORD_START } from './scan.js';
const PROGRAM = /\b(?:(?:you(?:'re|[ \t]+are|[ \t]+have[ \t]+been|'ve[ \t]+been)[ \t]+(?:now[ \t]+)?(?:subscribed|enrolled|signed[ \t]+up|opted[ \t]+in|registered)(?:[ \t]+(?:to|for|in))?)|welcome[ \t]+to|thanks?[ \t]+(?:you[ \t]+)?for[ \t]+(?:joining|subscribing|signing[ \t]+up|opting[ \t]+in|enrolling)|(?:alerts?|notifications?|reminders?|updates|offers|messages|texts)[ \t]+(?:from|about|for)|(?:text|sms|alert|loyalty|rewards|vip|marketing)[ \t]+(?:program|club|list|alerts))\b/i;
/** Units a message count is given per: time periods, or one event ("per visit"). */
const PER_UNIT = String.raw `(?:mo|month|wk|week|day|d|yr|year|visit|request|order|appointment|appt|booking|delivery|event|transaction|statement|bill)`;
export const FREQUENCY = new RegExp([
    String.raw `${WORD_START}(?:msgs?|message|text)[ \t]+freq(?:uency)?\.?[ \t]+(?:varies|may[ \t]+vary|\d)`,
    String.raw `${WORD_START}frequency[ \t]+varies`,
    // "Up to 4 msgs/mo", "4 recurring marketing texts/mo", "up to 4 messages per visit".
    String.raw `${WORD_START}(?:up[ \t]+to[ \t]+)?\d{1,3}[ \t]*(?:[a-z]+[ \t]+){0,2}?(?:msgs?|messages?|texts?|txts?|alerts?|reminders?)[ \t]*(?:\/|per[ \t]+|a[ \t]+|each[ \t]+)[ \t]*${PER_UNIT}\b`,
    String.raw `${WORD_START}recurring[ \t]+(?:automated[ \t]+)?(?:msgs?|messages?|texts?|alerts?)`,
    String.raw `${WORD_START}(?:one|1)[ \t]+(?:msg|message|text)[ \t]+per[ \t]+${PER_UNIT}`,
    // Spanish and French (sms-facts.md §2: Canada, Spanish-language programs).
    String.raw `${WORD_START}frecuencia[ \t]+(?:de[ \t]+(?:los[ \t]+)?mensajes[ \t]+)?(?:variable|var[ií]a)`,
    String.raw `${WORD_START}hasta[ \t]+\d{1,3}[ \t]*(?:mensajes?|msjs?|textos?|alertas?|recordatorios?)?[ \t]*(?:por|al|a[ \t]+la|cada)[ \t]+(?:mes|semana|d[ií]a|visita|cita|pedido)`,
    String.raw `(?<![\p{L}])fr[ée]quence[ \t]+(?:des[ \t]+messages[ \t]+)?(?:variable|varie)`,
    String.raw `(?<![\p{L}])(?:au[ \t]+plus|jusqu'[àa]|max(?:imum)?\.?)[ \t]+\d{1,3}[ \t]*(?:messages?|textos?|textes?|sms|alertes?|rappels?)?[ \t]*(?:par|\/)[ \t]*(?:mois|semaine|jour|visite|rendez-vous|commande)`,
].join('|'), 'iu');
export const RATES = new RegExp([
    String.raw `${WORD_START}(?:msg|message|messaging|std\.?|standard|text|sms)[ \t]*(?:&|and|\+)?[ \t]*(?:data[ \t]+)?(?:rates?|charges?)[ \t]+(?:may[ \t]+)?apply`,
    String.raw `${WORD_START}data[ \t]+rates[ \t]+may[ \t]+apply`,
    // "Des frais de messagerie (texte et de données) peuvent s'appliquer".
    String.raw `${WORD_START}des[ \t]+frais[ \t]+(?:de[ \t]+)?[^.!?\n]{0,45}?(?:peuvent|pourraient)(?:[ \t]+s['’]appliquer)?`,
    // "Se pueden aplicar tarifas", "Pueden aplicar(se) tarifas de mensajes y datos", "Aplican tarifas".
    String.raw `${WORD_START}(?:se[ \t]+)?pueden[ \t]+aplicar(?:se)?[ \t]+(?:las[ \t]+)?tarifas`,
    String.raw `${WORD_START}aplican[ \t]+tarifas`,
].join('|'), 'iu');
export function detectDisclosures(input) {
    const text = asText(input);
    const first = (re) => {
        const m = re.exec(text);
        return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : null;
    };
    const stop = findOptOuts(text)[0] ?? null;
    const help = findHelpInstructions(text)[0] ?? null;
    const result = {
        program: first(PROGRAM),
        frequency: first(FREQUENCY),
        rates: first(RATES),
        stop: stop && { text: stop.text, start: stop.start, end: stop.end },
        help: help && { text: help.text, start: help.start, end: help.end },
    };
    const kinds = ['program', 'frequency', 'rates', 'stop', 'help'];
    return {
        ...result,
        present: kinds.filter((k) => result[k] !== null),
        missing: kinds.filter((k) => result[k] === null),
    };
}
//# sourceMappingURL=disclosures.js.map