/**
 * French text speak ("dis-moi stp", "c bon", "bcp de demandes"). Formal abbreviations are
 * standard, not here: "svp" (s'il vous plaît), "M.", "Mme", "n°", "RDV".
 */
import type { LanguageLexicon } from './language-lexicon.js';

export const FRENCH: LanguageLexicon = {
  language: 'fr',
  name: 'French',
  rows: [
    ['stp', "s'il te plaît"],
    ['c', "c'est"],
    ['jte', 'je te'],
    ['jsuis', 'je suis'],
    ['chui', 'je suis'],
    ['ct', "c'était"],
    ['slt', 'salut'],
    ['bcp', 'beaucoup'],
    ['pk', 'pourquoi'],
    ['pq', 'pourquoi'],
    ['pcq', 'parce que'],
    ['dsl', 'désolé'],
    ['mdr', 'haha'],
    ['tkt', "ne t'inquiète pas"],
    ['jsp', 'je ne sais pas'],
    ['qqch', 'quelque chose'],
    ['qqn', "quelqu'un"],
    ['bjr', 'bonjour'],
    ['cad', "c'est-à-dire"],
    ['pls', "s'il vous plaît"],
    ['tjr', 'toujours'],
    ['tjrs', 'toujours'],
    ['auj', "aujourd'hui"],
    ['dc', 'donc'],
    ['ms', 'mais', 'context'],
    ['pr', 'pour'],
    ['ds', 'dans'],
    ['koi', 'quoi'],
    ['kan', 'quand'],
    ['mrc', 'merci'],
    ['bsr', 'bonsoir'],
  ],
  traps: [
    'BCP Banque : votre virement est confirmé.',
    'Votre conseiller de la Bcp vous rappellera demain.',
    'Merci de répondre svp avant lundi.',
    'Votre colis est au point relais C, allée 4.',
    'Le montant est de 45 CAD, taxes comprises.',
    'Rendez-vous au bâtiment C à 14 h avec M. Dupont.',
    'Votre commande n° 4411 est prête, RDV en magasin.',
    'PK 12 : travaux sur la route, votre livraison aura du retard.',
  ],
};
