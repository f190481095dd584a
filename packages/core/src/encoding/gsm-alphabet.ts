/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1 and
 * §6.2.1.1), and the per-UTF-16-unit septet lookup every count uses (sms-facts.md §1).
 */

/** Septet code of the escape to the extension table; it is not a character. */
export const ESCAPE_SEPTET = 0x1b;

/**
 * TS 23.038 §6.2.1, indexed by septet code. 0x09 is the capital `Ç` as printed in the spec;
 * 0x1B (ESC) is a placeholder. Greek: only the ten capitals unlike Latin letters.
 */
export const DEFAULT_ALPHABET =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ' +
  ' !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' +
  '¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** TS 23.038 §6.2.1.1: the extension table, as septet code (after ESC) → character. */
export const DEFAULT_EXTENSION: ReadonlyMap<number, string> = new Map([
  [0x0a, '\f'],
  [0x14, '^'],
  [0x28, '{'],
  [0x29, '}'],
  [0x2f, '\\'],
  [0x3c, '['],
  [0x3d, '~'],
  [0x3e, ']'],
  [0x40, '|'],
  [0x65, '€'],
]);

/** The printable characters of the default alphabet (ESC excluded). */
export function defaultAlphabetCharacters(): string[] {
  return [...DEFAULT_ALPHABET].filter((_, code) => code !== ESCAPE_SEPTET);
}

/**
 * Septets per UTF-16 code unit under the default alphabet: 0 = not GSM, 1 = default
 * alphabet, 2 = extension (ESC + code). Built from the 3GPP tables above (a few hundred
 * steps at import, where asking @trt2/gsm-charset-utils about all 65,536 units cost tens
 * of milliseconds of every cold start); test/core/encoding/alphabet.test.ts cross-checks
 * it against that library over the whole BMP. Every GSM character is in the BMP, so
 * surrogates are always 0.
 */
export const GSM_SEPTETS: Uint8Array = buildDefaultSeptetTable();

function buildDefaultSeptetTable(): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < DEFAULT_ALPHABET.length; code++) {
    if (code !== ESCAPE_SEPTET) table[DEFAULT_ALPHABET.charCodeAt(code)] = 1;
  }
  for (const ch of DEFAULT_EXTENSION.values()) table[ch.charCodeAt(0)] = 2;
  return table;
}

/** Septets one character costs in GSM-7 with the default tables: 0 means not GSM. */
export function gsmSeptets(ch: string): 0 | 1 | 2 {
  if (ch.length !== 1) return 0;
  return GSM_SEPTETS[ch.charCodeAt(0)] as 0 | 1 | 2;
}

/** True when `ch` is one character of the default alphabet or its extension table. */
export function isGsmCharacter(ch: string): boolean {
  return gsmSeptets(ch) !== 0;
}
