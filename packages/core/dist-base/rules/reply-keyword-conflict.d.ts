import type { Rule } from './types.js';
/**
 * A standard opt-out keyword offered for something else ("Reply CANCEL to cancel your
 * visit"): carriers process STOP, END, CANCEL, QUIT… themselves (sms-facts.md §2), so the
 * customer is unsubscribed from every text instead.
 */
export declare const OPT_OUT_KEYWORD_OFFER: RegExp;
/**
 * Cheap prefilter: a reported keyword is upper case (see below). The characters that match
 * OPT_OUT_KEYWORD_OFFER's letters case-insensitively (/iu folds ſ to s and the Kelvin sign
 * to k) and stay the same in upper case are the ASCII capitals and the Kelvin sign, so the
 * text must hold one of these words.
 */
export declare const UPPER_CASE_KEYWORD: RegExp;
export declare const replyKeywordConflict: Rule;
//# sourceMappingURL=reply-keyword-conflict.d.ts.map