/**
 * Reply-keyword callback offers: "Reply YES and an agent will call you", "Reply CALL for a
 * callback", "Text AGENT to chat with a person", "reply to this message to reach our team".
 * (sms-facts.md §2: YES is an opt-in keyword at several providers; CALL is safer.)
 */
import { allMatches, anyCase, asText, dedupeOverlaps, WORD_START } from './scan.js';
import { copyMatches, DETECTOR_MEMO_SIZE, TextMemo } from './text-memo.js';
const VERBS = anyCase(['reply', 'respond', 'text', 'txt', 'send', 'msg', 'message', 'répondez', 'repondez', 'textez', 'envoyez', 'responda', 'responde', 'envíe', 'envie', 'envía', 'envia', 'conteste', 'contesta']);
/** Keywords that mean "get me a person" by themselves. */
const PERSON_KEYWORDS = /^(?:CALL|CALLBACK|CALLME|AGENT|HUMAN|REP|PERSON|LIVE|TALK|SPEAK|CHAT|SUPPORT|REPRESENTATIVE|OPERATOR|LLAMAR|LLAMADA|AGENTE|APPEL|APPELER|RAPPEL|RAPPELER|CONSEILLER)$/;
/** What a keyword must lead to when it is not a person keyword itself ("in-person" is a visit, not a person). */
const PERSON_OUTCOME = String.raw `(?:(?:schedule|book|request|set[ \t]+up|arrange|get|receive)[ \t]+a[ \t]+(?:call|callback|call-back|phone[ \t]+(?:call|appointment|appt|consultation|meeting|session))|get[ \t]+back[ \t]+to[ \t]+(?:you|u)|give[ \t]+(?:you|u)[ \t]+a[ \t]+(?:call|ring|buzz)|call(?:[ \t]+(?:you|u)|[ \t]*back|[ \t]+me)|(?:will|'ll|to|can|may)[ \t]+call|callback|call-back|phone[ \t]+(?:you|u)|ring[ \t]+(?:you|u)|speak|talk|chat|connect|reach(?:[ \t]+out)?|contact[ \t]+(?:you|u)|get[ \t]+in[ \t]+touch|follow[ \t]+up|agent|representative|rep|(?<!in-)person|human|someone|specialist|advisor|adviser|associate|team[ \t]+member|member[ \t]+of[ \t]+our[ \t]+team|expert|technician|nurse|pharmacist|banker|agente|asesor|llamar[áa]?|llamaremos|llamamos|llamemos|contactamos|contactaremos|llamada|contactar[áa]?|persona|conseill[eè]re?|r?appel(?:ler|lera|lerons|lerai)?|quelqu'un|parler|hablar|ejecutiv[oa]|representante|t[ée]cnico|enfermer[oa]|farmac[ée]utico|pharmacien(?:ne)?|technicien(?:ne)?|infirmi[eè]re?)`;
const KEYWORD_OFFER = new RegExp(String.raw `\b(?:${VERBS})\b[ \t]+(?:with[ \t]+)?["'“‘«]?([A-Z][A-Z0-9]{0,14}|\d)\b["'”’»]?(?:[ \t]*(?:and|&|to|for|if|so|y|para|et|pour)\b)?([^.!?\n]{0,70}?\b${PERSON_OUTCOME}\b)?`, 'gu');
/** "Reply to this message to reach our team", "Just reply and a specialist will call you". */
const PLAIN_REPLY = new RegExp(String.raw `\b(?:just[ \t]+|simply[ \t]+)?(?:reply|respond)[ \t]+(?:to[ \t]+(?:this|our)[ \t]+(?:message|text|sms|msg)|here|back)?[ \t]*(?:and|&|to|with)\b[^.!?\n]{0,60}?\b${PERSON_OUTCOME}\b`, 'gi');
/** "Would you like a call back? Reply YES." — the offer is the question before the keyword. */
const QUESTION_THEN_KEYWORD = new RegExp(String.raw `\b(?:[Cc]all[ \t-]?back|[Aa][ \t]+call|[Cc]all[ \t]+(?:you|me)|(?:[Pp]hone|[Rr]ing|[Cc]ontact|[Rr]each)[ \t]+(?:you|me)|[Ss]peak[ \t]+(?:with|to)|[Tt]alk[ \t]+(?:with|to)|[Hh]ear[ \t]+from)[^.!?\n]{0,50}(\?|[ \t]+[—–-][ \t]*|:)[ \t]*(?:${VERBS})\b[ \t]+["'“]?([A-Z][A-Z0-9]{0,14}|\d|here)\b`, 'gu');
/** After a keyword given without a question ("… call you — reply C to cancel"): managing, not asking. */
const KEYWORD_MANAGES = /^["'”’»]?[ \t]+(?:to|for)[ \t]+(?:cancel|confirm|reschedule|change|move|stop|opt|unsubscribe|help|info)\b/i;
/**
 * The customer is asked whether they want a call: "want us to ring you?", "Would you like
 * a call back?". Not the agent asking leave to call ("Can I call u tmrw?", a statement).
 */
export const CHOICE_QUESTION = new RegExp(String.raw `${WORD_START}(?:(?:do[ \t]+(?:you|u)[ \t]+)?(?:want|wanna|need)|would[ \t]+(?:you|u)[ \t]+(?:like|prefer)|(?:you|u)['’]?d[ \t]+(?:like|prefer)|prefer|shall[ \t]+(?:we|i))[ \t]+(?:(?:us|me|someone|somebody|an?[ \t]+[a-z]+|our[ \t]+[a-z]+|one[ \t]+of[ \t]+(?:us|our[ \t]+[a-z]+))[ \t]+to[ \t]+)?(?:(?:call|ring|phone)[ \t]+(?:you|u)(?:[ \t]+back)?|give[ \t]+(?:you|u)[ \t]+a[ \t]+(?:call|ring)|an?[ \t]+(?:(?:quick|short|brief|free|phone)[ \t]+)?(?:call[ \t-]?back|callback|call|phone[ \t]+call|ring))\b[^.!?\n]{0,60}\?`, 'giu');
/**
 * The Spanish and French forms of the choice question: "¿Prefiere que le llamemos?",
 * "¿Desea que un asesor le llame?", "Souhaitez-vous qu'un conseiller vous rappelle?".
 */
export const CHOICE_QUESTION_ES_FR = new RegExp(String.raw `(?:¿[ \t]*)?${WORD_START}(?:(?:desea|prefiere|quiere|le[ \t]+gustar[íi]a|deseas|prefieres|quieres|te[ \t]+gustar[íi]a)[ \t]+que[ \t]+(?:(?:un|una|el|la|nuestro|nuestra|alguien)[ \t]+(?:[\p{L}]+[ \t]+)?)?(?:le|lo|la|te)[ \t]+(?:llamemos|llame|llamen|contactemos|contacte|devolvamos[ \t]+la[ \t]+llamada)|(?:souhaitez|voulez|aimeriez|pr[ée]f[ée]rez|d[ée]sirez)-vous[ \t]+qu(?:'|’|e[ \t]+)(?:(?:un|une|le|la|notre|quelqu'un|on|nous)[ \t]*(?:[\p{L}]+[ \t]+)?)?(?:vous[ \t]+)?(?:appelle|rappelle|appelions|rappelions|contacte|joigne))\b[^.!?\n]{0,60}\?`, 'giu');
const REPLY_AFTER_QUESTION = new RegExp(String.raw `^[ \t]*(?:just[ \t]+|simply[ \t]+)?(?:${VERBS})\b[^.!?\n]*`, 'iu');
/**
 * "Reply HELP for options or AGENT to talk to a person": the verb was said once for both
 * keywords. Not "… or 3 to end this chat".
 */
const OR_KEYWORD = new RegExp(String.raw `\bor[ \t]+["'“]?([A-Z][A-Z0-9]{1,14}|\d)\b["'”]?[ \t]+(?:to|for|and|&)\b(?![ \t]+(?:end|cancel|stop|quit|close|exit|leave|finish)\b)[^.!?\n]{0,50}?\b${PERSON_OUTCOME}\b`, 'gu');
const VERB_IN_SENTENCE = new RegExp(String.raw `\b(?:${VERBS})\b[^.!?\n]*$`, 'u');
/**
 * "Let us know a good time and we'll call", "send us your number and we'll ring you",
 * "Reply with a better number and we'll try you again" ("try you": a call, not "try again").
 */
const TIME_THEN_CALL = /\b(?:let[ \t]+us[ \t]+know|tell[ \t]+us|send[ \t]+us|share|give[ \t]+us|(?:reply|respond|text)[ \t]+(?:back[ \t]+)?with)[ \t]+(?:a|the|your)[ \t]+(?:(?:good|better|best|convenient|preferred|new)[ \t]+)?(?:time|number|callback[ \t]+number)\b[^.!?\n]{0,40}?\b(?:and|&)[ \t]+(?:we(?:'ll|’ll|[ \t]+will)|someone[ \t]+will|an?[ \t]+[a-z]+[ \t]+will|[Ii](?:'ll|’ll|[ \t]+will))[ \t]+(?:call|ring|phone|try[ \t]+(?:you|u)|give[ \t]+(?:you|u)[ \t]+a[ \t]+(?:call|ring))\b/gi;
/**
 * "Request a callback at acme.co/callback", "Book a call with our sales team": an imperative
 * with a place to ask for the call or the person it is with. (`(?<!\w)` is `\b` before a word,
 * written so V8 runs it fast under `iu`: see WORD_START in scan.ts.)
 */
export const REQUEST_CALL = /(?:^|[.!?:\n][ \t]*|(?<!\w)(?:you[ \t]+can|or|just|please)[ \t]+)((?:request|schedule|book)[ \t]+a[ \t]+(?:call[ \t-]?back|callback|call|phone[ \t]+call)\b(?:[ \t]+(?:with|from)[ \t]+(?:our|your|a|an|the)[ \t]+\p{L}+(?:[ \t]+(?:team|rep|representative|specialist|advisor|expert|agent|banker|nurse|engineer))?|[^.!?\n]{0,30}?\b(?:at|via|online|here|in[ \t]+the[ \t]+app|under|through|from[ \t]+(?:your|the)[ \t]+(?:admin|account|dashboard|portal|app))\b))/giu;
/** Another "reply KEYWORD" (or "… or KEYWORD to") inside the text that follows a keyword. */
const NEXT_INSTRUCTION = new RegExp(String.raw `\b(?:${VERBS})\b[ \t]+["'“‘«]?(?:[A-Z][A-Z0-9]{0,14}|\d)\b|\bor[ \t]+["'“]?(?:[A-Z][A-Z0-9]{0,14}|\d)\b["'”]?[ \t]+(?:to|for)\b`, 'u');
/** A keyword that manages an existing booking: "… to confirm your callback", "… to cancel the call". */
const BOOKING_ACTION = /^["'”’»]?[ \t]+to[ \t]+(?:confirm|cancel|reschedule|change|move)[ \t]+(?:your|the|this|my)\b/i;
/** What follows a keyword that is answered automatically: "… to 87654 for help", "… for more info". */
const SELF_SERVICE_PURPOSE = /^[ \t]*(?:to[ \t]+)?(?:\d{3,6}[ \t]+)?(?:for|to[ \t]+(?:get|see|receive))[ \t]+(?:help|info|information|more[ \t]+info(?:rmation)?|details|options|hours|tips|(?:a[ \t]+)?(?:list|menu|link))\b/i;
/** Keywords a call-intent or purpose sentence may not lead to: opt-out, help, refusals. */
const NOT_OFFER_KEYWORD = /^(?:STOP|STOPALL|END|CANCEL|UNSUBSCRIBE|QUIT|REVOKE|OPTOUT|ALTO|PARAR|ARRET|HELP|INFO|AIDE|AYUDA|START|UNSTOP|N|NO|NON)$/;
/**
 * The agent says they can or would like to call, and the next words ask for a reply: "We'd
 * like to call you to book your upgrade. Please reply with a good time", "Un technicien peut
 * vous appeler… Répondez OUI", "Un asesor puede llamarle. Responda SI". The intent is found
 * case-insensitively; the reply after it (REPLY_TO_INTENT) needs an upper-case keyword. Not a
 * booked call ("A nurse will call you at 3. Reply C to confirm"): only can/could/would like.
 */
export const CALL_INTENT = new RegExp(String.raw `(?:${WORD_START}(?:we(?:'d|’d|[ \t]+would)[ \t]+(?:like|love)[ \t]+to|we[ \t]+(?:can|could)|I(?:'d|’d|[ \t]+would)[ \t]+(?:like|love)[ \t]+to|I[ \t]+(?:can|could)|(?:an?|our|one[ \t]+of[ \t]+our)[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]+(?:can|could))[ \t]+(?:call|ring|phone)[ \t]+(?:you|u)\b|(?<![\p{L}])(?:un|une|notre|nos)[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]+(?:peut|pourrait|peuvent)[ \t]+vous[ \t]+(?:appeler|rappeler|contacter|joindre)|(?<![\p{L}])(?:un|una|nuestro|nuestra)[ \t]+\p{L}+(?:[ \t]+\p{L}+)?[ \t]+(?:puede|podr[íi]a)[ \t]+(?:llamarle|llamarte|llamarlo|llamarla|contactarle|contactarte|devolverle[ \t]+la[ \t]+llamada))`, 'giu');
/**
 * Cheap prefilter for CALL_INTENT, the costliest regex here: every match contains one of
 * these. English branches all end "(can|could|to) (call|ring|phone) (you|u)"; the French one
 * has "vous", the Spanish ones "llamar…", "contactar…" or "devolverle". Same `iu` flags as
 * CALL_INTENT, so Unicode case folding ("ſ" → "s", Kelvin "K" → "k") matches the same text
 * in both; a text without any of them has no call intent (test/detect/prefilters.test.ts).
 */
export const CALL_INTENT_NEEDS = /(?:can|could|to)[ \t]+(?:call|ring|phone)[ \t]+[yu]|vous|llamar|contactar|devolverle/iu;
/**
 * Prefilter for REQUEST_CALL: its call is always "call…" or "phone call" (same `iu` flags,
 * same case folding).
 */
export const REQUEST_CALL_NEEDS = /call/iu;
/** The reply instruction right after a call intent: a good time, or an upper-case keyword. */
const REPLY_TO_INTENT = new RegExp(String.raw `^(?:[Pp]lease[ \t]+|[Jj]ust[ \t]+|[Ss]imply[ \t]+)?(?:${VERBS})\b[ \t]+(?:with[ \t]+(?:a|the|your)[ \t]+(?:good|better|best|convenient|preferred)[ \t]+time|["'“]?([A-ZÍ][A-Z0-9Í]{0,14}|\d)(?![\p{L}\p{N}]))`, 'u');
/**
 * The purpose comes before the reply instruction: "To talk with a health coach, reply COACH",
 * "Para recibir una llamada de un ejecutivo, responda 1". Not "To end this chat, reply END".
 */
const PURPOSE_THEN_KEYWORD = new RegExp(String.raw `(?<![\p{L}])(?:(?:to|To)[ \t]+(?:(?:talk|speak|chat)[ \t]+(?:with|to)[ \t]+(?:a|an|our|the|your|one[ \t]+of[ \t]+our|someone|somebody|a[ \t]+real|a[ \t]+live)\b|(?:get|receive|request|schedule|book)[ \t]+a[ \t]+(?:call|callback|call-back|phone[ \t]+call)\b|be[ \t]+(?:called|connected)\b)|(?:para|Para)[ \t]+(?:(?:hablar|conversar)[ \t]+con[ \t]+(?:un|una|el|la|nuestro|nuestra|alguien)|recibir[ \t]+una[ \t]+llamada|que[ \t]+(?:le|te)[ \t]+llamemos)|(?:pour|Pour)[ \t]+(?:parler[ \t]+(?:à|a|avec)[ \t]+(?:un|une|notre|quelqu'un)|[êe]tre[ \t]+rappel[ée]e?|recevoir[ \t]+un[ \t]+appel))[^.!?\n]{0,50}?[,:][ \t]*(?:please[ \t]+|just[ \t]+)?(?:${VERBS})\b[ \t]+["'“]?([A-Z][A-Z0-9]{0,14}|\d)\b`, 'gu');
const NOT_CALLBACK = /^(?:STOP|STOPALL|END|CANCEL|UNSUBSCRIBE|QUIT|REVOKE|OPTOUT|ALTO|PARAR|ARRET|HELP|INFO|AIDE|AYUDA|START|UNSTOP|Y|N|NO)$/;
/**
 * The reply instruction that opens the next clause after a call intent, within 60 characters:
 * after a full stop or "!", or a spaced dash ("… call you instead - just reply with a good time").
 * Every such break is tried, so "at 3 p.m. tomorrow. Reply YES" still finds the reply.
 */
function replyAfterIntent(text, from) {
    const limit = Math.min(text.length, from + 62);
    for (let i = from; i < limit; i++) {
        const c = text[i];
        if (c === '?' || c === '\n')
            return null;
        const dash = (c === '-' || c === '—' || c === '–') && (text[i - 1] === ' ' || text[i - 1] === '\t');
        if (c !== '.' && c !== '!' && !dash)
            continue;
        let start = i + 1;
        while (start < i + 4 && (text[start] === ' ' || text[start] === '\t'))
            start++;
        const reply = REPLY_TO_INTENT.exec(text.slice(start, start + 80));
        if (reply !== null)
            return [start, reply];
    }
    return null;
}
const memo = new TextMemo(DETECTOR_MEMO_SIZE);
export function detectCallbackOffers(input) {
    const text = asText(input);
    return copyMatches(memo.get(text, () => scanCallbackOffers(text)));
}
function scanCallbackOffers(text) {
    const found = [];
    KEYWORD_OFFER.lastIndex = 0;
    let m;
    while ((m = KEYWORD_OFFER.exec(text)) !== null) {
        const keyword = m[1];
        const keywordEnd = Math.max(m.index + 1, m.index + m[0].indexOf(keyword, 3) + keyword.length);
        // A rejected match may have swallowed the next offer ("Reply HELP for options or reply
        // AGENT to talk to a person"): resume right after its keyword.
        const resume = () => {
            KEYWORD_OFFER.lastIndex = keywordEnd;
        };
        if (NOT_CALLBACK.test(keyword)) {
            resume();
            continue;
        }
        // The outcome belongs to a later keyword when another reply instruction comes first.
        if (m[2] !== undefined && NEXT_INSTRUCTION.test(m[2])) {
            resume();
            continue;
        }
        if (!PERSON_KEYWORDS.test(keyword) && m[2] === undefined)
            continue;
        // "Reply CONFIRM to confirm your callback": managing a booked call, not offering one.
        if (BOOKING_ACTION.test(text.slice(keywordEnd, keywordEnd + 40)))
            continue;
        // "Text SUPPORT to 87654 for help": a help keyword answered by text, no person offered.
        if (m[2] === undefined && SELF_SERVICE_PURPOSE.test(text.slice(m.index + m[0].length)))
            continue;
        found.push({ text: m[0].replace(/[ \t]+$/, ''), start: m.index, end: m.index + m[0].replace(/[ \t]+$/, '').length, keyword });
    }
    QUESTION_THEN_KEYWORD.lastIndex = 0;
    while ((m = QUESTION_THEN_KEYWORD.exec(text)) !== null) {
        const keyword = m[2];
        if (NOT_CALLBACK.test(keyword))
            continue;
        // Without a question mark the keyword must not manage a booked call ("… — reply C to cancel").
        if (m[1] !== '?' && KEYWORD_MANAGES.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))
            continue;
        const verbAt = m[0].search(new RegExp(String.raw `(?:${VERBS})\b[ \t]+["'“]?${keyword}\b`, 'u'));
        const start = m.index + Math.max(0, verbAt);
        found.push({ text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length, keyword: keyword === 'here' ? null : keyword });
    }
    // Prefilter: both choice questions end with a literal "?".
    if (text.includes('?')) {
        for (const re of [CHOICE_QUESTION, CHOICE_QUESTION_ES_FR]) {
            re.lastIndex = 0;
            while ((m = re.exec(text)) !== null) {
                // "… ring you? Just reply with a good time": the reply instruction after the question
                // belongs to the offer (a keyword offer found above wins the overlap).
                const after = REPLY_AFTER_QUESTION.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 90));
                const end = m.index + m[0].length + (after ? after[0].length : 0);
                found.push({ text: text.slice(m.index, end), start: m.index, end, keyword: null });
            }
        }
    }
    OR_KEYWORD.lastIndex = 0;
    while ((m = OR_KEYWORD.exec(text)) !== null) {
        const keyword = m[1];
        if (NOT_CALLBACK.test(keyword) || !VERB_IN_SENTENCE.test(text.slice(Math.max(0, m.index - 80), m.index)))
            continue;
        const start = m.index + m[0].indexOf(keyword, 2);
        found.push({ text: text.slice(start, m.index + m[0].length), start, end: m.index + m[0].length, keyword });
    }
    if (CALL_INTENT_NEEDS.test(text)) {
        CALL_INTENT.lastIndex = 0;
        while ((m = CALL_INTENT.exec(text)) !== null) {
            const replyAt = replyAfterIntent(text, m.index + m[0].length);
            if (replyAt === null)
                continue;
            const [replyStart, reply] = replyAt;
            if (reply[1] !== undefined && NOT_OFFER_KEYWORD.test(reply[1]))
                continue;
            const end = replyStart + reply[0].length;
            // "Our driver can call you on arrival. Reply 1 to confirm the time": managing a visit.
            if (KEYWORD_MANAGES.test(text.slice(end, end + 40)))
                continue;
            found.push({ text: text.slice(m.index, end), start: m.index, end, keyword: reply[1] ?? null });
        }
    }
    PURPOSE_THEN_KEYWORD.lastIndex = 0;
    while ((m = PURPOSE_THEN_KEYWORD.exec(text)) !== null) {
        if (NOT_OFFER_KEYWORD.test(m[1]))
            continue;
        found.push({ text: m[0], start: m.index, end: m.index + m[0].length, keyword: m[1] });
    }
    for (const match of allMatches(text, TIME_THEN_CALL))
        found.push({ ...match, keyword: null });
    if (REQUEST_CALL_NEEDS.test(text)) {
        REQUEST_CALL.lastIndex = 0;
        while ((m = REQUEST_CALL.exec(text)) !== null) {
            const start = m.index + m[0].length - m[1].length;
            found.push({ text: m[1], start, end: start + m[1].length, keyword: null });
        }
    }
    for (const match of allMatches(text, PLAIN_REPLY))
        found.push({ ...match, keyword: null });
    return dedupeOverlaps(found);
}
//# sourceMappingURL=callback-offers.js.map