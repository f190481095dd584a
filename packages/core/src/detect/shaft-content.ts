/**
 * SHAFT content restricted in marketing (sms-facts.md §2): sex, hate, alcohol, firearms,
 * tobacco, cannabis, gambling. Whole words only, so "Sussex" and "Essex" never match;
 * ambiguous words are left out ("pot", "smoke", "hate", "spirits", "bet", "shot").
 */
import { asText } from './scan.js';
import type { ShaftCategory, ShaftMatch } from './types.js';

const TERMS: Record<ShaftCategory, string[]> = {
  sex: ['sex', 'sexy', 'sexual', 'porn', 'porno', 'pornography', 'nude', 'nudes', 'nudity', 'erotic', 'escort', 'escorts', 'xxx-rated', 'adult content', 'adult entertainment', 'strip club', 'stripper', 'strippers', 'hookup', 'hookups', 'onlyfans', 'camgirl', 'camgirls', 'fetish', 'sex toy', 'sex toys', 'lingerie party'],
  hate: ['white power', 'white supremacy', 'white supremacist', 'neo-nazi', 'nazi', 'nazis', 'kkk', 'racial slur', 'hate group', 'ethnic cleansing'],
  alcohol: ['beer', 'beers', 'wine', 'wines', 'vodka', 'whiskey', 'whisky', 'bourbon', 'tequila', 'rum', 'gin', 'liquor', 'booze', 'cocktail', 'cocktails', 'brewery', 'winery', 'margarita', 'margaritas', 'champagne', 'prosecco', 'sake', 'happy hour', 'open bar', 'bottle service', 'hard seltzer', 'ipa', 'mimosa', 'mimosas', 'sangria', 'liqueur', 'alcohol', 'alcoholic'],
  firearms: ['gun', 'guns', 'firearm', 'firearms', 'rifle', 'rifles', 'pistol', 'pistols', 'handgun', 'handguns', 'shotgun', 'shotguns', 'ammo', 'ammunition', 'ar-15', 'concealed carry', 'gun show', 'gun range', 'shooting range', 'rounds of ammo', 'glock', 'magazines of ammo'],
  tobacco: ['cigarette', 'cigarettes', 'cigar', 'cigars', 'tobacco', 'vape', 'vapes', 'vaping', 'e-cig', 'e-cigs', 'e-cigarette', 'e-cigarettes', 'nicotine', 'hookah', 'juul', 'chewing tobacco', 'snus', 'vape pen', 'e-liquid'],
  cannabis: ['cannabis', 'marijuana', 'weed', 'thc', 'cbd', 'dispensary', 'dispensaries', 'edibles', 'pre-roll', 'pre-rolls', 'kush', 'indica', 'sativa', 'delta-8', 'delta 8', 'dab', 'dabs', 'blunt', 'blunts', '420-friendly'],
  gambling: ['casino', 'casinos', 'poker', 'blackjack', 'roulette', 'slot machine', 'slot machines', 'slots', 'sportsbook', 'sports betting', 'betting', 'bets', 'wager', 'wagers', 'wagering', 'jackpot', 'lottery', 'sweepstakes casino', 'parlay', 'parlays', 'online casino', 'place a bet', 'free bet', 'bingo'],
};

/** Words that turn a listed term into something harmless: "glue gun", "weed killer". */
const HARMLESS_BEFORE: Record<string, RegExp> = {
  gun: /\b(?:glue|heat|nail|staple|spray|massage|caulk|caulking|grease|paint|water|nerf|toy|radar|foam|tape|price|hot[ -]glue|airbrush|soldering)[ \t-]*$/i,
  guns: /\b(?:glue|heat|nail|staple|spray|massage|caulk|caulking|grease|paint|water|nerf|toy|foam|tape)[ \t-]*$/i,
  blunt: /\b(?:a|be|is|was|very|too)[ \t]+$/i,
  gin: /\bcotton[ \t]+$/i,
  slots: /\b(?:appointment|time|open|available|delivery|booking|pickup|remaining|few|more|two|three|\d+)[ \t]+$/i,
  sake: /\b(?:for|the)[ \t]+(?:\w+['’]s[ \t]+)?$|\bsake\b/i,
  escort: /$^/,
};
const HARMLESS_AFTER: Record<string, RegExp> = {
  weed: /^[ \t-]*(?:killer|control|whacker|eater|trimmer|barrier|wacker|killers|prevent|free|block|puller|removal)/i,
  gun: /^[ \t-]*(?:metal|grey|gray)/i,
  dab: /^[ \t]+(?:of|on)\b/i,
  wine: /^[ \t-]*(?:red|colou?red)\b/i,
};

const ENTRIES: Array<{ term: string; category: ShaftCategory }> = Object.entries(TERMS)
  .flatMap(([category, terms]) => terms.map((term) => ({ term, category: category as ShaftCategory })))
  .sort((a, b) => b.term.length - a.term.length);
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}_-])(?:${ENTRIES.map((e) => e.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}\\p{N}_]|-[\\p{L}])`,
  'giu',
);
const CATEGORY = new Map(ENTRIES.map((e) => [e.term, e.category]));

export function detectShaftContent(input: string): ShaftMatch[] {
  const text = asText(input);
  const out: ShaftMatch[] = [];
  PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATTERN.exec(text)) !== null) {
    const key = m[0].toLowerCase().replace(/[ \t]+/g, ' ');
    const category = CATEGORY.get(key);
    if (!category) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (key === 'sake' && !/\b(?:sake|sushi|drink|bottle|sip|pour|hot|cold|junmai|flight)\b/i.test(before + after)) continue;
    if (HARMLESS_BEFORE[key]?.test(before)) continue;
    if (HARMLESS_AFTER[key]?.test(after)) continue;
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, category });
  }
  return out;
}
