/**
 * Shared scanning helpers. Detectors split text into whitespace-delimited runs first and
 * look at a bounded prefix of each run, so no regex ever sees unbounded input twice:
 * total work stays linear even on megabyte adversarial inputs.
 */
import type { DetectMatch } from './types.js';
/** Longest run prefix a detector inspects (no real URL, email or number is longer). */
export declare const MAX_RUN_LENGTH = 2048;
export interface Run {
    text: string;
    start: number;
}
/** Whether a UTF-16 code unit is `\s` in a JavaScript regex (WhiteSpace or LineTerminator). */
export declare function isSpaceCode(code: number): boolean;
/**
 * Maximal runs of non-whitespace characters, each cut to MAX_RUN_LENGTH, keeping only the
 * runs whose (cut) text holds a match of `mark`, a global regex for one non-space character
 * (/[./:]/g for links, /@/g for emails). The regex finds the marks; only runs around them
 * are walked and copied, each character at most once more, so most words are never touched.
 */
export declare function markedRuns(text: string, mark: RegExp): Run[];
/** All matches of a global regex as DetectMatch (the regex must be /g and linear). */
export declare function allMatches(text: string, re: RegExp, group?: number): DetectMatch[];
/**
 * Drop matches that overlap an earlier-kept one (input in priority order), sort by start.
 * A coverage bitmap keeps this linear in the covered length, even with 100k matches.
 */
export declare function dedupeOverlaps<T extends DetectMatch>(matches: T[]): T[];
/** Guard for public entry points: non-strings become '' so detectors never throw. */
export declare function asText(text: unknown): string;
/**
 * `\b` before a word that starts with a word character, for regexes with the `iu` flags: V8
 * runs a leading `\b` slowly under `iu` and this lookbehind fast. `\w` has the same `iu`
 * meaning as `\b` (both count "ſ" and the Kelvin sign, which fold to "s" and "k"), so the
 * matches are the same (test/detect/word-start.test.ts). Regex literals write it out.
 */
export declare const WORD_START: string;
/** Alternation of words matching any ASCII letter case, for regexes that must stay case-sensitive elsewhere. */
export declare function anyCase(words: readonly string[]): string;
//# sourceMappingURL=scan.d.ts.map