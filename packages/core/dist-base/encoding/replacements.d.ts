/**
 * The GSM-7 replacement for a non-GSM character or base + combining-mark sequence:
 * the fixed table; else its NFC form when that is GSM (a decomposed `é`); else the base
 * letter without its marks (`á` → `a`); else a lone combining mark is deleted ('').
 * Undefined for GSM text (nothing to replace) and when no faithful replacement exists.
 */
export declare function gsmReplacement(ch: string): string | undefined;
/** Unicode-style name for characters smslint reports often; undefined when unknown. */
export declare function characterName(ch: string): string | undefined;
//# sourceMappingURL=replacements.d.ts.map