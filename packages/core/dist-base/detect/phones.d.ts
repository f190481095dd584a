import type { PhoneMatch, PhoneOptions } from './types.js';
/**
 * The patterns whose group 1 is a short code, in priority order, each with its prefilter: a
 * cheap regex for a piece every match contains (the digits, or the word that introduces
 * them), so a text without it skips the costly pattern. Prefilters with letters use the
 * pattern's case flags, so Unicode case folding cannot make them disagree
 * (test/detect/prefilters.test.ts).
 */
export declare const SHORT_CODE_PATTERNS: ReadonlyArray<readonly [pattern: RegExp, needs: RegExp]>;
export declare function detectPhones(input: string, phoneOptions?: PhoneOptions | null): PhoneMatch[];
/**
 * Phone-shaped strings, unvalidated: enough to mask numbers before word-level detection
 * (over-masking digits is harmless there, and it skips the cost of parsing each one).
 */
export declare function findPhoneShapes(input: string): Array<{
    start: number;
    end: number;
    text: string;
}>;
//# sourceMappingURL=phones.d.ts.map