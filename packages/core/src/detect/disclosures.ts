/**
 * First-message disclosures (CTIA §5.1.1): program name/purpose, message frequency,
 * "Msg & data rates may apply", STOP and HELP. Returns which are present.
 */
import { detectHelpInstruction } from './help-instruction.js';
import { detectOptOut } from './opt-out.js';
import { asText } from './scan.js';
import type { DetectMatch, DisclosureKind, Disclosures } from './types.js';

const PROGRAM = /\b(?:(?:you(?:'re|[ \t]+are|[ \t]+have[ \t]+been|'ve[ \t]+been)[ \t]+(?:now[ \t]+)?(?:subscribed|enrolled|signed[ \t]+up|opted[ \t]+in|registered)(?:[ \t]+(?:to|for|in))?)|welcome[ \t]+to|thanks?[ \t]+(?:you[ \t]+)?for[ \t]+(?:joining|subscribing|signing[ \t]+up|opting[ \t]+in|enrolling)|(?:alerts?|notifications?|reminders?|updates|offers|messages|texts)[ \t]+(?:from|about|for)|(?:text|sms|alert|loyalty|rewards|vip|marketing)[ \t]+(?:program|club|list|alerts))\b/i;
const FREQUENCY = /\b(?:msgs?|message|text)[ \t]+freq(?:uency)?\.?[ \t]+(?:varies|may[ \t]+vary|\d)|\bfrequency[ \t]+varies|\b(?:up[ \t]+to[ \t]+)?\d{1,3}[ \t]*(?:msgs?|messages?|texts?|txts?|alerts?)[ \t]*(?:\/|per[ \t]+|a[ \t]+|each[ \t]+)[ \t]*(?:mo|month|wk|week|day|d)\b|\brecurring[ \t]+(?:automated[ \t]+)?(?:msgs?|messages?|texts?|alerts?)|\b(?:one|1)[ \t]+(?:msg|message|text)[ \t]+per[ \t]+(?:request|order|appointment)/i;
const RATES = /\b(?:msg|message|messaging|std\.?|standard|text|sms)[ \t]*(?:&|and|\+)?[ \t]*(?:data[ \t]+)?(?:rates?|charges?)[ \t]+(?:may[ \t]+)?apply|\bdata[ \t]+rates[ \t]+may[ \t]+apply|\bdes[ \t]+frais[ \t]+(?:de[ \t]+messagerie[ \t]+)?(?:peuvent|pourraient)|\bse[ \t]+pueden[ \t]+aplicar[ \t]+tarifas|\baplican[ \t]+tarifas/i;

export function detectDisclosures(input: string): Disclosures {
  const text = asText(input);
  const first = (re: RegExp): DetectMatch | null => {
    const m = re.exec(text);
    return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : null;
  };
  const stop = detectOptOut(text)[0] ?? null;
  const help = detectHelpInstruction(text)[0] ?? null;
  const result: Omit<Disclosures, 'present' | 'missing'> = {
    program: first(PROGRAM),
    frequency: first(FREQUENCY),
    rates: first(RATES),
    stop: stop && { text: stop.text, start: stop.start, end: stop.end },
    help: help && { text: help.text, start: help.start, end: help.end },
  };
  const kinds: DisclosureKind[] = ['program', 'frequency', 'rates', 'stop', 'help'];
  return {
    ...result,
    present: kinds.filter((k) => result[k] !== null),
    missing: kinds.filter((k) => result[k] === null),
  };
}
