/**
 * German text speak ("lg", "vllt", "kp", "sry"). Standard abbreviations are not here, they
 * are correct German: "bzw.", "usw.", "z. B.", "ca.", "ggf.", "evtl.", "inkl.", "Nr.", "Std.".
 */
import type { LanguageLexicon } from './language-lexicon.js';

export const GERMAN: LanguageLexicon = {
  language: 'de',
  name: 'German',
  rows: [
    ['lg', 'Liebe Grüße'],
    ['vg', 'Viele Grüße'],
    ['bg', 'Beste Grüße'],
    ['hdl', 'hab dich lieb'],
    ['vllt', 'vielleicht'],
    ['vlt', 'vielleicht'],
    ['kp', 'kein Problem'],
    ['sry', 'Entschuldigung'],
    ['thx', 'danke'],
    ['dnk', 'danke'],
    ['iwie', 'irgendwie'],
    ['iwo', 'irgendwo'],
    ['wg', 'wegen', 'context'],
    ['nen', 'einen'],
    ['gn8', 'gute Nacht'],
    ['n8', 'Nacht'],
    ['bb', 'bis bald'],
    ['bd', 'bis dann'],
    ['mom', 'Moment', 'context'],
    ['ka', 'keine Ahnung', 'context'],
    ['jmd', 'jemand'],
    ['nix', 'nichts', 'context'],
    ['gz', 'Glückwunsch'],
    ['wmd', 'was machst du'],
  ],
  traps: [
    'Ihre Bestellung bzw. Lieferung kommt heute, ggf. auch morgen.',
    'Der Termin dauert ca. 2 Std. inkl. Beratung.',
    'Ihr neuer LG Fernseher ist versandbereit.',
    'Bestellung Nr. 5531 wird evtl. erst morgen geliefert.',
    'Bitte bringen Sie Ihre Unterlagen mit, z. B. den Ausweis.',
    'Der Preis beträgt 49 EUR inkl. MwSt.',
    'Die Filiale in der KA-Straße 12 öffnet um 9 Uhr.',
  ],
};
