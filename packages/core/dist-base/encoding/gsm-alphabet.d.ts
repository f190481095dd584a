/** Septet code of the escape to the extension table; it is not a character. */
export declare const ESCAPE_SEPTET = 27;
/**
 * TS 23.038 §6.2.1, indexed by septet code. 0x09 is the capital `Ç` as printed in the spec;
 * 0x1B (ESC) is a placeholder. Greek: only the ten capitals unlike Latin letters.
 */
export declare const DEFAULT_ALPHABET: string;
/** TS 23.038 §6.2.1.1: the extension table, as septet code (after ESC) → character. */
export declare const DEFAULT_EXTENSION: ReadonlyMap<number, string>;
/** The printable characters of the default alphabet (ESC excluded). */
export declare function defaultAlphabetCharacters(): string[];
/**
 * Septets per UTF-16 code unit under the default alphabet: 0 = not GSM, 1 = default
 * alphabet, 2 = extension (ESC + code), as @trt2/gsm-charset-utils decides. The library is
 * asked only about the blocks the 3GPP alphabet draws from (Basic Latin, Latin-1, Greek and
 * the euro sign): a thousand calls instead of 65,536 at every cold start.
 * test/core/encoding/alphabet.test.ts proves over the whole BMP that the table equals both
 * the library and the 3GPP tables above, so no GSM character lives outside those blocks.
 * Every GSM character is in the BMP, so surrogates are always 0.
 */
export declare const GSM_SEPTETS: Uint8Array;
/** Septets one character costs in GSM-7 with the default tables: 0 means not GSM. */
export declare function gsmSeptets(ch: string): 0 | 1 | 2;
/** True when `ch` is one character of the default alphabet or its extension table. */
export declare function isGsmCharacter(ch: string): boolean;
//# sourceMappingURL=gsm-alphabet.d.ts.map