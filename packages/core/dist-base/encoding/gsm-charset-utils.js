/**
 * Typed wrapper around `@trt2/gsm-charset-utils` (a CommonJS package without types; the
 * ambient declaration sits beside this file). smslint takes GSM-7 alphabet membership and
 * septet cost from it; test/core/encoding/alphabet.test.ts cross-checks both against the
 * 3GPP tables written out in gsm-alphabet.ts.
 */
import gsmCharsetUtils from '@trt2/gsm-charset-utils';
/**
 * Septets the library charges for one UTF-16 unit: 0 = not GSM, 1 = default alphabet,
 * 2 = extension table (ESC + code).
 */
export function librarySeptets(ch) {
    if (!gsmCharsetUtils.isGsmChar(ch))
        return 0;
    return gsmCharsetUtils.getCharCount(ch).charCount === 2 ? 2 : 1;
}
//# sourceMappingURL=gsm-charset-utils.js.map