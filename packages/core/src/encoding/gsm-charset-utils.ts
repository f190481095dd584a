/**
 * Typed wrapper around `@trt2/gsm-charset-utils` (a CommonJS package without types; the
 * ambient declaration sits beside this file). smslint takes alphabet membership from it
 * and cross-checks it against the 3GPP tables in gsm-alphabet.ts.
 */
import gsmCharsetUtils from '@trt2/gsm-charset-utils';

/** True when the library counts `ch` (one UTF-16 unit) as GSM-7 (default or extension). */
export function libraryIsGsmChar(ch: string): boolean {
  return gsmCharsetUtils.isGsmChar(ch);
}
