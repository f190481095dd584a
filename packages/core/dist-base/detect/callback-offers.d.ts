import type { CallbackOfferMatch } from './types.js';
/**
 * The customer is asked whether they want a call: "want us to ring you?", "Would you like
 * a call back?". Not the agent asking leave to call ("Can I call u tmrw?", a statement).
 */
export declare const CHOICE_QUESTION: RegExp;
/**
 * The Spanish and French forms of the choice question: "¿Prefiere que le llamemos?",
 * "¿Desea que un asesor le llame?", "Souhaitez-vous qu'un conseiller vous rappelle?".
 */
export declare const CHOICE_QUESTION_ES_FR: RegExp;
/**
 * "Request a callback at acme.co/callback", "Book a call with our sales team": an imperative
 * with a place to ask for the call or the person it is with. (`(?<!\w)` is `\b` before a word,
 * written so V8 runs it fast under `iu`: see WORD_START in scan.ts.)
 */
export declare const REQUEST_CALL: RegExp;
/**
 * The agent says they can or would like to call, and the next words ask for a reply: "We'd
 * like to call you to book your upgrade. Please reply with a good time", "Un technicien peut
 * vous appeler… Répondez OUI", "Un asesor puede llamarle. Responda SI". The intent is found
 * case-insensitively; the reply after it (REPLY_TO_INTENT) needs an upper-case keyword. Not a
 * booked call ("A nurse will call you at 3. Reply C to confirm"): only can/could/would like.
 */
export declare const CALL_INTENT: RegExp;
/**
 * Cheap prefilter for CALL_INTENT, the costliest regex here: every match contains one of
 * these. English branches all end "(can|could|to) (call|ring|phone) (you|u)"; the French one
 * has "vous", the Spanish ones "llamar…", "contactar…" or "devolverle". Same `iu` flags as
 * CALL_INTENT, so Unicode case folding ("ſ" → "s", Kelvin "K" → "k") matches the same text
 * in both; a text without any of them has no call intent (test/detect/prefilters.test.ts).
 */
export declare const CALL_INTENT_NEEDS: RegExp;
/**
 * Prefilter for REQUEST_CALL: its call is always "call…" or "phone call" (same `iu` flags,
 * same case folding).
 */
export declare const REQUEST_CALL_NEEDS: RegExp;
export declare function detectCallbackOffers(input: string): CallbackOfferMatch[];
//# sourceMappingURL=callback-offers.d.ts.map