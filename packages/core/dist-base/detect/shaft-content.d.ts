import type { ShaftCategory, ShaftMatch } from './types.js';
export declare const ENTRIES: Array<{
    term: string;
    category: ShaftCategory;
}>;
export declare const PATTERN: RegExp;
/**
 * PATTERN is one large `iu` alternation that V8 tries slowly at every position, so it is only
 * tried, anchored, where a term can start: at a word whose first three characters fold to the
 * head of a term. A match starts a run of [\p{L}\p{N}_-] (the lookbehind) with a letter or
 * digit, which `scanWords` visits; starts that PATTERN would reject (after "_" or "-") are
 * rejected by its own lookbehind. Equivalence: test/detect/shaft-term-heads.test.ts.
 */
export declare const PATTERN_AT: RegExp;
/** Terms are at least this long, with no blank in their head. */
export declare const HEAD_LENGTH = 3;
export declare const TERM_HEADS: ReadonlySet<number>;
/**
 * A character folded as the `iu` flags fold it onto ASCII: ASCII upper case to lower case,
 * "ſ" to "s", the Kelvin sign to "k"; -1 for any other non-ASCII character (no term has one).
 */
export declare function foldToAscii(code: number): number;
/** The matches of PATTERN, in order, as its global search finds them. */
export declare function termMatches(text: string): RegExpExecArray[];
export declare function detectShaftContent(input: string): ShaftMatch[];
//# sourceMappingURL=shaft-content.d.ts.map