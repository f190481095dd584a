/**
 * Opt-out instructions (sms-facts.md §2: CTIA 5.1.2–5.1.3, FCC 24-24): a reply/text/send
 * verb with a standard keyword (STOP, END, CANCEL, UNSUBSCRIBE, QUIT, STOPALL, REVOKE,
 * OPTOUT; Spanish ALTO/PARAR; French ARRET), or an explicit instruction ("To stop these
 * texts, reply…", "To turn off text alerts, go to Settings"). Traps: "stop by our store",
 * "non-stop", "bus stop", "CANCEL to cancel your appointment", "we'll end your session".
 */
import { asText, dedupeOverlaps, WORD_START } from './scan.js';
import { copyMatches, DETECTOR_MEMO_SIZE, TextMemo } from './text-memo.js';
/** STOP2END, STOP2QUIT: the keyword glued to its purpose ("2" for "to"), sent as one word. */
const KEYWORDS = 'STOP2END|STOP2QUIT|STOPALL|STOP|END|CANCEL|UNSUBSCRIBE|UNSUB|QUIT|REVOKE|OPTOUT|OPT[ -]OUT|ALTO|PARAR|BAJA|ARR[EÊ]T';
/** Verbs (English, Spanish, French) that introduce a keyword to send. */
const VERBS = 'reply|replying|respond|text|txt|send|sms|message|msg|enter|type|textez|texter|r[ée]pondez|r[ée]pondre|envoyez|envoyer|responde|responda|contesta|conteste|env[ií]a|env[ií]e|env[ií]ar|manda|mande|textea|escribe|escriba';
export const VERB_KEYWORD = new RegExp(`${WORD_START}(?:${VERBS})\\b[ \\t]*(?:with[ \\t]+|the[ \\t]+word[ \\t]+|con[ \\t]+|la[ \\t]+palabra[ \\t]+|le[ \\t]+mot[ \\t]+)?[:"'“‘«]?[ \\t]*(${KEYWORDS})(?![\\p{L}\\p{N}])`, 'giu');
const PURPOSE = 'opt[ -]?out|unsubscribe|stop|end|quit|cancel|unsub|be removed|vous d[ée]sabonner|d[ée]sabonner|vous d[ée]sinscrire|cancelar|darte de baja|darse de baja|baja|d[ée]sabonnement|d[ée]sinscription|dejar de recibir|salir|terminar|no recibir|annuler|arr[êe]ter|cesser|ne plus recevoir|vous retirer';
/**
 * "STOP to opt out", "STOP=stop", "ARRET pour vous désabonner" without a verb; also a keyword
 * sent to a short code, the verb said once for several keywords ("Text HELP to 727272 for
 * help or STOP to 727272 to cancel").
 */
const KEYWORD_PURPOSE = new RegExp(`(?<![\\p{L}\\p{N}-])(${KEYWORDS})(?![\\p{L}\\p{N}-])[ \\t]*(?:(?:to|al|au)[ \\t]+\\d{5,6}(?!\\p{N})(?:[ \\t]*(?:to|pour|para)[ \\t]*(?:${PURPOSE}))?|(?:to|=|-|:|pour|para)[ \\t]*(?:${PURPOSE}))`, 'gu');
/**
 * A non-standard keyword whose stated effect is opting out: "Reply NO MORE and we'll remove
 * you from our list", "Text REMOVE to stop receiving offers". Carriers honour such wording
 * as a revocation too ("any reasonable means", FCC 24-24).
 */
export const OTHER_KEYWORD_PURPOSE = new RegExp(`${WORD_START}(?:${VERBS})\\b[ \\t]+["'“‘«]?(\\p{L}{2,15}(?:[ \\t]\\p{L}{2,15})?)["'”’»]?[ \\t]+(?:to|and|&|if|for)[ \\t]+(?:we(?:'ll|[ \\t]+will)[ \\t]+)?(?:be[ \\t]+removed|remove[ \\t]+you|take[ \\t]+you[ \\t]+off|opt[ -]?out|unsubscribe|stop[ \\t]+(?:receiving|getting|all|these|our|future)|no[ \\t]+longer[ \\t]+(?:receive|get)|never[ \\t]+hear)[^.!?\\n]{0,40}`, 'giu');
/**
 * Prefilter for OTHER_KEYWORD_PURPOSE: the stated effect every match ends with. Same `iu`
 * flags, so Unicode case folding matches the same text (test/detect/prefilters.test.ts).
 */
export const OTHER_KEYWORD_PURPOSE_NEEDS = /(?:be[ \t]+removed|remove[ \t]+you|take[ \t]+you[ \t]+off|opt[ -]?out|unsubscribe|stop[ \t]+(?:receiving|getting|all|these|our|future)|no[ \t]+longer[ \t]+(?:receive|get)|never[ \t]+hear)/iu;
/** Instructions without a keyword: opt-out links, settings pages, "to stop these texts, reply". */
const INSTRUCTION = /\b(?:to|you can|you may|can)[ \t]+(?:stop|opt[ -]?out(?:[ \t]+of)?|unsubscribe(?:[ \t]+from)?|turn[ \t]+off|disable|pause|mute|end|cancel|quit|manage|opt out)[ \t]+(?:receiving[ \t]+|getting[ \t]+)?(?:[^\s.!?,;]+[ \t]+){0,3}?(?:texts?|messages?|msgs?|alerts?|notifications?|reminders?|updates|offers|sms)\b[^.!?\n]{0,60}?\b(?:reply|text|txt|send|go[ \t]+to|visit|click|tap|open|call|update|change|manage|adjust|log[ \t]+in|sign[ \t]+in|settings|preferences|profile|account|app|at|via)\b/gi;
/** Imperative settings instructions: "Turn off alerts in the app under Settings". */
const SETTINGS_IMPERATIVE = /\b(?:turn[ \t]+off|disable|mute|pause|stop|manage|unsubscribe[ \t]+from|opt[ \t]+out[ \t]+of)[ \t]+(?:(?:or|and|&)[ \t]+(?:turn[ \t]+off|disable|mute|pause|stop|manage)[ \t]+)?(?:these[ \t]+|this[ \t]+|your[ \t]+|text[ \t]+|sms[ \t]+|our[ \t]+|all[ \t]+|push[ \t]+|marketing[ \t]+|promotional[ \t]+)*(?:texts?|messages|alerts|notifications|reminders|sms)\b(?:[^.!?\n]{0,50}?\b(?:settings|preferences|notification[ \t]+center|profile|account[ \t]+page)\b|[ \t]+(?:at|via|on)[ \t]+(?:\uFFFC+|https?:\/\/[^\s]+|www\.[^\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s]*))/gi;
/**
 * "Change your contact preferences at acme.co/prefs": the page where texts are turned off
 * (sms-facts.md §2: a settings-page instruction is an opt-out). Not delivery or email preferences.
 */
const PREFERENCES_CHANGE = /\b(?:change|update|manage|edit|adjust|set)[ \t]+(?:your[ \t]+)?(?:contact|communication|text|texting|sms|messaging|message|notification|alert|marketing)[ \t]+(?:preferences|settings)\b/gi;
/** The same in French and Spanish: "Gérez vos préférences de communication", "Actualice sus preferencias de mensajes". */
const PREFERENCES_CHANGE_FR_ES = /(?<![\p{L}])(?:g[ée]rez|modifiez|changez|mettez[ \t]+[àa][ \t]+jour|g[ée]rer|modifier|gestiona|gestione|administra|administre|cambia|cambie|actualiza|actualice)[ \t]+(?:vos|tus|sus)[ \t]+(?:pr[ée]f[ée]rences|preferencias|param[èe]tres)[ \t]+de[ \t]+(?:communication|notification|messagerie|textos?|comunicaci[oó]n|notificaciones|mensajes)(?![\p{L}])|(?<![\p{L}])(?:g[ée]rez|gestiona|gestione|actualice|actualiza)[ \t]+(?:vos|tus|sus)[ \t]+(?:pr[ée]f[ée]rences|preferencias)[ \t]+(?:SMS|de[ \t]+SMS)(?![\p{L}])/giu;
/** "To unsubscribe, call us…", "Opt out anytime by replying STOP", "unsubscribe by visiting…". */
const HOW_TO_OPT_OUT = /\b(?:to[ \t]+(?:opt[ -]?out|unsubscribe|unsub)\b[ \t]*,?[ \t]*(?:please[ \t]+|simply[ \t]+|just[ \t]+)?(?:reply|text|txt|send|call|visit|go[ \t]+to|click|tap|email|log[ \t]+in|contact|respond|update)\b|(?:opt[ -]?out|unsubscribe)[ \t]+(?:(?:at[ \t]+)?any[ \t]*time[ \t]+|anytime[ \t]+)?(?:only[ \t]+)?by[ \t]+(?:replying|texting|calling|visiting|clicking|emailing|sending|contacting|going))/gi;
const PASSIVE_INSTRUCTION = /\b(?:texts?|sms|text[ \t]+alerts|alerts|notifications|messages|reminders)[ \t]+can[ \t]+be[ \t]+(?:turned[ \t]+off|disabled|stopped|paused|managed)[ \t]+(?:(?:at[ \t]+)?any[ \t]*time[ \t]+)?(?:in|at|from|via|under|by)\b[^.!?\n]{0,40}/gi;
const UNSUBSCRIBE_LINK = /\b(?:unsubscribe|opt[ -]?out|stop[ \t]+texts|manage[ \t]+(?:alerts|notifications|preferences)|dar(?:se|te)[ \t]+de[ \t]+baja|cancelar[ \t]+suscripci[oó]n|se[ \t]+d[ée]sabonner|d[ée]sabonnement|d[ée]sinscription)(?:[ \t]+(?:from|of)[ \t]+(?:these[ \t]+|our[ \t]+|all[ \t]+|text[ \t]+)?(?:texts|sms|alerts|messages|notifications|reminders|offers|promos))?[ \t]*(?::|at|here|via|by[ \t]+visiting)[ \t]*(?:\uFFFC+|https?:\/\/\S+|www\.\S+|[a-z0-9-]+\.[a-z]{2,}\/\S*)/gi;
/**
 * The instructions without a keyword, in priority order, each with its prefilter: a cheap
 * regex for a piece every match contains, with the pattern's case flags (so case folding
 * cannot make them disagree; test/detect/prefilters.test.ts).
 */
export const INSTRUCTIONS = [
    [INSTRUCTION, /(?:to|can|may)[ \t]+(?:stop|opt|unsubscribe|turn|disable|pause|mute|end|cancel|quit|manage)/i],
    [HOW_TO_OPT_OUT, /opt[ -]?out|unsub/i],
    [
        SETTINGS_IMPERATIVE,
        /(?:turn[ \t]+off|disable|mute|pause|stop|manage|unsubscribe[ \t]+from|opt[ \t]+out[ \t]+of)[ \t]+(?:(?:or|and|&)[ \t]+|these|this|your|text|sms|our|all|push|marketing|promotional|messages|alerts|notifications|reminders)/i,
    ],
    [PREFERENCES_CHANGE, /preferences|settings/i],
    [PREFERENCES_CHANGE_FR_ES, /(?:vos|tus|sus)[ \t]/iu],
    [PASSIVE_INSTRUCTION, /can[ \t]+be/i],
    [UNSUBSCRIBE_LINK, /unsubscribe|opt[ -]?out|stop[ \t]+texts|manage|baja|suscripci|sabonn|sinscription/i],
];
/** Booking actions a keyword may perform instead of opting out. */
const BOOKING_AFTER = /^[ \t]*(?:to|for|and|if|pour|para)[ \t]+(?:cancel|end|quit|reschedule|cancelar|annuler)?[ \t]*(?:your|the|this|my|su|tu|votre|la|el|le)?[ \t]*(?:[^\s.!?;]+[ \t]+){0,2}?(?:appointment|appt|booking|reservation|order|ride|delivery|visit|session|trip|service|call|meeting|class|lesson|chat|conversation|survey|game|trivia|contest|request|payment|transaction|subscription[ \t]+box|cita|pedido|reserva|rendez-vous|commande|r[ée]servation)\b(?![ \t]+(?:updates?|alerts?|texts?|messages?|msgs?|notifications?|reminders?|status))/i;
/** "We'll cancel your appointment if you reply CANCEL", "To end this chat, reply END": the booking or chat comes first. */
const BOOKING_BEFORE = /\b(?:cancel|reschedule|change|confirm|end|annuler|cancelar)\b[^.!?\n]{0,30}?\b(?:appointment|appt|booking|reservation|order|ride|delivery|visit|session|trip|subscription[ \t]+box|class|meeting|chat|conversation|cita|pedido|reserva|rendez-vous|commande)\b(?![ \t]+(?:updates?|alerts?|texts?|messages?|notifications?|reminders?))/i;
function sentencePrefix(text, start) {
    const left = text.slice(Math.max(0, start - 160), start);
    const cut = Math.max(left.lastIndexOf('. '), left.lastIndexOf('! '), left.lastIndexOf('? '), left.lastIndexOf('\n'));
    return left.slice(cut + 1);
}
const memo = new TextMemo(DETECTOR_MEMO_SIZE);
export function detectOptOut(input) {
    return copyMatches(findOptOuts(asText(input)));
}
/** The opt-out instructions in `text`, remembered for the next caller (read-only: shared with it). */
export function findOptOuts(text) {
    return memo.get(text, () => scanOptOuts(text));
}
function scanOptOuts(text) {
    const found = [];
    for (const re of [VERB_KEYWORD, KEYWORD_PURPOSE]) {
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(text)) !== null) {
            const keyword = m[1];
            // VERB_KEYWORD ends with the keyword; KEYWORD_PURPOSE starts with it.
            const kwEnd = re === VERB_KEYWORD ? m.index + m[0].length : m.index + keyword.length;
            if (!keywordIsOptOut(text, keyword, kwEnd, re === KEYWORD_PURPOSE))
                continue;
            if (/^(?:END|CANCEL|QUIT)$/i.test(keyword) && BOOKING_BEFORE.test(sentencePrefix(text, m.index)))
                continue;
            found.push({ text: m[0], start: m.index, end: m.index + m[0].length, keyword: normaliseKeyword(keyword) });
        }
    }
    if (OTHER_KEYWORD_PURPOSE_NEEDS.test(text)) {
        OTHER_KEYWORD_PURPOSE.lastIndex = 0;
        let k;
        while ((k = OTHER_KEYWORD_PURPOSE.exec(text)) !== null) {
            // The keyword is the capitalised word; a lower-case word is prose ("reply here to unsubscribe").
            if (k[1] !== k[1].toUpperCase())
                continue;
            const matched = k[0].replace(/[ \t]+$/, '');
            found.push({ text: matched, start: k.index, end: k.index + matched.length, keyword: normaliseKeyword(k[1]) });
        }
    }
    for (const [re, needs] of INSTRUCTIONS) {
        if (!needs.test(text))
            continue;
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(text)) !== null) {
            const matched = m[0].replace(/[ \t]+$/, '');
            found.push({ text: matched, start: m.index, end: m.index + matched.length, keyword: null });
        }
    }
    return dedupeOverlaps(found);
}
function keywordIsOptOut(text, keyword, end, hasPurpose) {
    const upper = keyword === keyword.toUpperCase();
    const after = text.slice(end, end + 80);
    // "Reply CANCEL to cancel your appointment": a booking keyword, not an opt-out.
    if (BOOKING_AFTER.test(after))
        return false;
    if (hasPurpose)
        return upper;
    if (upper)
        return true;
    // Lower-case keywords need an opt-out purpose or nothing after them: "reply stop to
    // unsubscribe", "text stop to 12345", "reply stop and we'll remove your number", "reply stop.";
    // also quoted: "reply 'stop' to unsubscribe".
    return /^["'”’»]?[ \t]*(?:$|[.,;!)\n]|to[ \t]+(?:opt|unsub|stop|end|quit|cancel|be removed|\d|\uFFFC)|or[ \t]+\p{Lu}|at[ \t]+any|and[ \t]+(?:we(?:'ll|[ \t]+will)[ \t]+(?:remove|unsubscribe|stop)|you(?:'ll|[ \t]+will)[ \t]+(?:be[ \t]+(?:removed|unsubscribed)|no[ \t]+longer)))/u.test(after);
}
function normaliseKeyword(k) {
    return k.toUpperCase().replace(/[ -]/g, '');
}
/**
 * An opt-out method presented as the only one ("only by calling us", "you must call to
 * opt out"): consent may be revoked by any reasonable means (FCC 24-24), so this is a problem.
 * Each pattern comes with its prefilter, a word every match contains (same `i` flag).
 */
export const EXCLUSIVE_ONLY = [
    [
        /\b(?:opt[ -]?out|unsubscribe|stop[ \t]+(?:receiving[ \t]+)?(?:these[ \t]+)?(?:texts|messages|alerts)|cancel[ \t]+(?:these[ \t]+)?(?:texts|messages|alerts)|revoke[ \t]+(?:your[ \t]+)?consent)\b[^.!?\n]{0,60}?\bonly[ \t]+(?:by|via|through|if[ \t]+you)[ \t]+(calling|phone|contacting|writing|emailing|email|mail|visiting|logging|submitting|sending[ \t]+a[ \t]+letter|[a-z]+)/gi,
        /only/i,
    ],
    [/\bonly[ \t]+(?:by|via|through)[ \t]+(calling|phone|contacting|writing|emailing|mail|visiting)\b[^.!?\n]{0,40}?\b(?:opt[ -]?out|unsubscribe|stop|cancel|revoke)/gi, /only/i],
    [/\bmust[ \t]+(call|write|mail|email|visit)[^.!?\n]{0,40}?\b(?:to[ \t]+)?(?:opt[ -]?out|unsubscribe|stop|cancel|revoke)/gi, /must/i],
];
/** "To opt out, call us…": exclusive only when no reply keyword is offered as well. */
export const CALL_TO_OPT_OUT = [
    [
        /\b(?:to[ \t]+(?:opt[ -]?out|unsubscribe|stop[ \t]+(?:receiving[ \t]+)?(?:these[ \t]+)?(?:texts|messages|alerts)|revoke[ \t]+consent)|opt[ -]?outs?)[ \t]*,?[ \t]*(?:you[ \t]+must|must|please[ \t]+)?[ \t]*(call|write|mail)[ \t]+(?:us|our|customer|the|\d|\(|\+|\uFFFC)/gi,
        /call|write|mail/i,
    ],
];
export function detectExclusiveOptOut(input) {
    const text = asText(input);
    const found = [];
    const hasKeyword = findOptOuts(text).some((o) => o.keyword !== null);
    const patterns = hasKeyword ? EXCLUSIVE_ONLY : [...EXCLUSIVE_ONLY, ...CALL_TO_OPT_OUT];
    for (const [re, needs] of patterns) {
        if (!needs.test(text))
            continue;
        re.lastIndex = 0;
        let m;
        while ((m = re.exec(text)) !== null) {
            found.push({ text: m[0], start: m.index, end: m.index + m[0].length, method: (m[1] ?? '').toLowerCase() });
        }
    }
    return dedupeOverlaps(found);
}
//# sourceMappingURL=opt-out.js.map