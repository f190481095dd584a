import type { Template } from '../template/types.js';
/** A template's literal text (what is sent around its placeholders) with a map back to the document. */
export interface LiteralText {
    /** Body text outside every mustache, line breaks as sent (LF). */
    text: string;
    /** Document offset of each UTF-16 unit of `text`. */
    offsets: number[];
}
/**
 * The literal text with its map back as runs: `text` from `runs[i].at` up to the next run
 * came unit for unit from the document at `runs[i].from`. Built from slices, so a long body
 * costs a few runs rather than a string and an offset per character.
 */
export interface LiteralRuns {
    text: string;
    /** In text order; `at` strictly increasing, the first at 0 (none for empty text). */
    runs: Array<{
        at: number;
        from: number;
    }>;
}
/**
 * The literal text of a body as runs: the parsed text nodes (every branch of a block
 * included), or, when the body did not parse, the source minus anything that looks like a
 * mustache.
 */
export declare function literalRuns(template: Template, document: string): LiteralRuns;
/** Document offset of the unit at `index` of the literal text (0 ≤ index < text.length). */
export declare function documentOffset(literal: LiteralRuns, index: number): number;
/** The literal text of a body with the document offset of every unit (see `literalRuns`). */
export declare function literalText(template: Template, document: string): LiteralText;
//# sourceMappingURL=literal-text.d.ts.map