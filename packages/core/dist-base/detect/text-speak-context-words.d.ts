/**
 * Word lists behind the text-speak context checks (text-speak.ts): which neighbours make
 * "2"/"4" mean "to"/"for", which nouns label codes ("Seat B4"), which tokens are names.
 */
/** Nouns that label codes: "Seat B4", "Gate 2", "Section U". */
export declare const CODE_LABELS: Set<string>;
/** Words that follow "2"/"4" used as "to"/"for". */
export declare const AFTER_TO_FOR: Set<string>;
/** Words that are followed by "for": "ready 4 pickup", "thanks 4 waiting", "out 4 delivery". */
export declare const BEFORE_FOR: Set<string>;
/** Words that are followed by "to": "want 2 check", "happy 2 help". */
export declare const BEFORE_TO: Set<string>;
/** Nouns counted by a preceding number: "waiting 4 hours", "eligible 2 tickets". */
export declare const QUANTITY_NOUNS: Set<string>;
/** A noun counted by the number before it: a known unit or any plural ("4 colors"). */
export declare function isCounted(word: string): boolean;
/** A digit is a reply option or quantity after these, never "to"/"for". */
export declare const BEFORE_NUMBER: Set<string>;
/** Words after "r" that make it "are": "r u ok", "r we set". */
export declare const PRONOUN_NEXT: Set<string>;
/** Entries that are also given names ("Ty"). */
export declare const NAME_LIKE: Set<string>;
/**
 * Words that follow "Ty" meaning "thank you": "Ty for waiting", "Ty so much". Not "from":
 * "Ty from our install team will arrive…" introduces a person.
 */
export declare const THANKS_NEXT: Set<string>;
/** Words before "b" meaning "be": "will b there", "can b done", "pls b on time". */
export declare const BEFORE_BE: Set<string>;
/** Verbs before a number that usually count ("need 2 tickets") but may mean "to" before a verb. */
export declare const COUNTING_VERBS: Set<string>;
//# sourceMappingURL=text-speak-context-words.d.ts.map