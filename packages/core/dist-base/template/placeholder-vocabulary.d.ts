/**
 * The words placeholder type inference reads (docs/configuration.md, "Type inference").
 * Data only: infer-variable-type.ts applies it. Words are lower case; a name is split into
 * words at case changes, digits, "_", "-", "." and "/" ("Client.LoginLink" → client,
 * login, link).
 */
import type { VariableType } from './types.js';
/**
 * Head words: the last word of a name that is one of these decides its type
 * ("tracking_url" → url, "appointment_date" → date, "amount_due" → money via "amount").
 */
export declare const HEAD_WORDS: Readonly<Record<string, VariableType>>;
/**
 * "number", "no", "num" and "#" say little alone: the word before decides. A phone number
 * when it names a way to reach someone ("contact_number", "customer_care_number"); any other
 * "…_number" ("order_number", "tracking_number", "account_number") is an identifier.
 */
export declare const NUMBER_WORDS: ReadonlySet<string>;
export declare const PHONE_QUALIFIERS: ReadonlySet<string>;
/** "…_code" is a one-time code unless it is one of these identifiers ("confirmation_code", "promo_code"). */
export declare const CODE_ID_QUALIFIERS: ReadonlySet<string>;
/** Words before a head that change it: "name" of a link ("link_name", "url_title") is text. */
export declare const TEXT_HEADS_AFTER_CONTACT: ReadonlySet<string>;
/**
 * Suffixes that name a type inside one lower-case word: "trackingurl", "verifylink",
 * "supportphone", "useremail". Checked longest first; the part before must be 2+ letters.
 */
export declare const WORD_SUFFIXES: ReadonlyArray<readonly [string, VariableType]>;
/** Helpers whose output has a known type ("{{formatDate appointment "MMM D"}}"). */
export declare const HELPER_TYPES: Readonly<Record<string, VariableType>>;
/**
 * Words right before a placeholder that say what it is (lower case, spaces between words;
 * matched at the end of the text before it, up to an optional "us", "at", "on", "to" or ":").
 * "at" alone says nothing: "{{firstName}}" in "see you at {{firstName}}'s" is not a link.
 */
export declare const CONTEXT_BEFORE: ReadonlyArray<readonly [string, VariableType]>;
/** Filler allowed between a context word and the placeholder: "call us at", "visit:", "text us on". */
export declare const CONTEXT_FILLER: string[];
/** Placeholder words that name a one-time code ("otp", "verification_code", "pin"). */
export declare const ONE_TIME_CODE_NAMES: ReadonlySet<string>;
/** Wording of a one-time code message: "verification code", "one-time password", "2FA", "do not share this code". */
export declare const ONE_TIME_WORDING: RegExp;
/** Words of a link placeholder that leads out of the program ("unsubscribeUrl", "optOutLink", "preferences_link"). */
export declare const OPT_OUT_LINK_WORDS: ReadonlySet<string>;
//# sourceMappingURL=placeholder-vocabulary.d.ts.map