/**
 * SHAFT content restricted in marketing (sms-facts.md §2): sex, hate, alcohol, firearms,
 * tobacco, cannabis, gambling. Whole words only, so "Sussex" and "Essex" never match;
 * ambiguous words are left out ("pot", "smoke", "hate", "spirits", "bet", "shot").
 */
import { CharClass, scanWords } from './char-class.js';
import { asText } from './scan.js';
const TERMS = {
    sex: ['sex', 'sexy', 'sexual', 'porn', 'porno', 'pornography', 'nude', 'nudes', 'nudity', 'erotic', 'escort', 'escorts', 'xxx-rated', 'adult content', 'adult entertainment', 'strip club', 'stripper', 'strippers', 'hookup', 'hookups', 'onlyfans', 'camgirl', 'camgirls', 'fetish', 'sex toy', 'sex toys', 'lingerie party'],
    hate: ['white power', 'white supremacy', 'white supremacist', 'neo-nazi', 'nazi', 'nazis', 'kkk', 'racial slur', 'hate group', 'ethnic cleansing'],
    alcohol: ['beer', 'beers', 'wine', 'wines', 'vodka', 'whiskey', 'whisky', 'bourbon', 'tequila', 'rum', 'gin', 'liquor', 'booze', 'cocktail', 'cocktails', 'brewery', 'winery', 'margarita', 'margaritas', 'champagne', 'prosecco', 'sake', 'happy hour', 'open bar', 'bottle service', 'hard seltzer', 'ipa', 'mimosa', 'mimosas', 'sangria', 'liqueur', 'alcohol', 'alcoholic'],
    firearms: ['gun', 'guns', 'firearm', 'firearms', 'rifle', 'rifles', 'pistol', 'pistols', 'handgun', 'handguns', 'shotgun', 'shotguns', 'ammo', 'ammunition', 'ar-15', 'concealed carry', 'gun show', 'gun range', 'shooting range', 'rounds of ammo', 'glock', 'magazines of ammo'],
    tobacco: ['cigarette', 'cigarettes', 'cigar', 'cigars', 'tobacco', 'vape', 'vapes', 'vaping', 'e-cig', 'e-cigs', 'e-cigarette', 'e-cigarettes', 'nicotine', 'hookah', 'juul', 'chewing tobacco', 'snus', 'vape pen', 'e-liquid'],
    cannabis: ['cannabis', 'marijuana', 'weed', 'thc', 'cbd', 'dispensary', 'dispensaries', 'edibles', 'pre-roll', 'pre-rolls', 'kush', 'indica', 'sativa', 'delta-8', 'delta 8', 'dab', 'dabs', 'blunt', 'blunts', '420-friendly'],
    gambling: ['casino', 'casinos', 'poker', 'blackjack', 'roulette', 'slot machine', 'slot machines', 'slots', 'sportsbook', 'sports betting', 'betting', 'bets', 'wager', 'wagers', 'wagering', 'jackpot', 'lottery', 'sweepstakes casino', 'parlay', 'parlays', 'online casino', 'place a bet', 'free bet', 'bingo'],
};
/** Words that turn a listed term into something harmless: "glue gun", "weed killer". */
const HARMLESS_BEFORE = {
    gun: /\b(?:glue|heat|nail|staple|spray|massage|caulk|caulking|grease|paint|water|nerf|toy|radar|foam|tape|price|hot[ -]glue|airbrush|soldering)[ \t-]*$/i,
    guns: /\b(?:glue|heat|nail|staple|spray|massage|caulk|caulking|grease|paint|water|nerf|toy|foam|tape)[ \t-]*$/i,
    blunt: /\b(?:a|be|is|was|very|too)[ \t]+$/i,
    gin: /\bcotton[ \t]+$/i,
    slots: /\b(?:appointment|time|open|available|delivery|booking|pickup|remaining|few|more|two|three|\d+)[ \t]+$/i,
    sake: /\b(?:for|the)[ \t]+(?:\w+['’]s[ \t]+)?$|\bsake\b/i,
    escort: /$^/,
};
const HARMLESS_AFTER = {
    weed: /^[ \t-]*(?:killer|control|whacker|eater|trimmer|barrier|wacker|killers|prevent|free|block|puller|removal)/i,
    gun: /^[ \t-]*(?:metal|grey|gray)/i,
    dab: /^[ \t]+(?:of|on)\b/i,
    wine: /^[ \t-]*(?:red|colou?red)\b/i,
};
export const ENTRIES = Object.entries(TERMS)
    .flatMap(([category, terms]) => terms.map((term) => ({ term, category: category })))
    .sort((a, b) => b.term.length - a.term.length);
export const PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${ENTRIES.map((e) => e.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+')).join('|')})(?![\\p{L}\\p{N}_]|-[\\p{L}])`, 'giu');
const CATEGORY = new Map(ENTRIES.map((e) => [e.term, e.category]));
/**
 * PATTERN is one large `iu` alternation that V8 tries slowly at every position, so it is only
 * tried, anchored, where a term can start: at a word whose first three characters fold to the
 * head of a term. A match starts a run of [\p{L}\p{N}_-] (the lookbehind) with a letter or
 * digit, which `scanWords` visits; starts that PATTERN would reject (after "_" or "-") are
 * rejected by its own lookbehind. Equivalence: test/detect/shaft-term-heads.test.ts.
 */
export const PATTERN_AT = new RegExp(PATTERN.source, 'iuy');
const WORD_FIRST = new CharClass(String.raw `[\p{L}\p{N}]`);
const WORD_REST = new CharClass(String.raw `[\p{L}\p{N}_-]`);
/** Terms are at least this long, with no blank in their head. */
export const HEAD_LENGTH = 3;
export const TERM_HEADS = new Set(ENTRIES.map((e) => headKey(e.term, 0)));
/**
 * A character folded as the `iu` flags fold it onto ASCII: ASCII upper case to lower case,
 * "ſ" to "s", the Kelvin sign to "k"; -1 for any other non-ASCII character (no term has one).
 */
export function foldToAscii(code) {
    if (code < 0x80)
        return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if (code === 0x17f)
        return 0x73;
    if (code === 0x212a)
        return 0x6b;
    return -1;
}
/** The folded first HEAD_LENGTH characters at `i` as one number; -1 when they cannot start a term. */
function headKey(text, i) {
    if (i + HEAD_LENGTH > text.length)
        return -1;
    let key = 0;
    for (let k = i; k < i + HEAD_LENGTH; k++) {
        const code = foldToAscii(text.charCodeAt(k));
        if (code < 0)
            return -1;
        key = key * 0x80 + code;
    }
    return key;
}
/** The matches of PATTERN, in order, as its global search finds them. */
export function termMatches(text) {
    const found = [];
    let resumeAt = 0; // a global search goes on after the previous match
    scanWords(text, WORD_FIRST, WORD_REST, (start) => {
        if (start < resumeAt || !TERM_HEADS.has(headKey(text, start)))
            return;
        PATTERN_AT.lastIndex = start;
        const m = PATTERN_AT.exec(text);
        if (m === null)
            return;
        found.push(m);
        resumeAt = start + m[0].length;
    });
    return found;
}
export function detectShaftContent(input) {
    const text = asText(input);
    const out = [];
    for (const m of termMatches(text)) {
        const key = m[0].toLowerCase().replace(/[ \t]+/g, ' ');
        const category = CATEGORY.get(key);
        if (!category)
            continue;
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
        if (key === 'sake' && !/\b(?:sake|sushi|drink|bottle|sip|pour|hot|cold|junmai|flight)\b/i.test(before + after))
            continue;
        if (HARMLESS_BEFORE[key]?.test(before))
            continue;
        if (HARMLESS_AFTER[key]?.test(after))
            continue;
        out.push({ text: m[0], start: m.index, end: m.index + m[0].length, category });
    }
    return out;
}
//# sourceMappingURL=shaft-content.js.map