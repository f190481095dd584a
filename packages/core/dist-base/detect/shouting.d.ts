/**
 * Shouting: runs of 3+ consecutive all-caps words that are not acronyms, the brand or
 * reply keywords ("FREE SHIPPING ENDS TONIGHT"). "Reply STOP", "ASAP", "FYI" are fine.
 */
import { CharClass } from './char-class.js';
import type { ShoutingMatch, ShoutingOptions } from './types.js';
export declare const KEYWORDS: Set<string>;
export declare const ACRONYMS: Set<string>;
/** Words are /[\p{Lu}\p{Ll}\p{N}][\p{L}\p{N}'’&-]*\/gu, scanned without a match array per word. */
export declare const WORD_FIRST: CharClass;
export declare const WORD_REST: CharClass;
interface Word {
    start: number;
    end: number;
    caps: boolean;
    number: boolean;
    counts: boolean;
}
export declare function detectShouting(input: string, shoutingOptions?: ShoutingOptions | null): ShoutingMatch[];
export declare function describeWord(match: string, start: number, brandWords: ReadonlySet<string>): Word;
export {};
//# sourceMappingURL=shouting.d.ts.map