import type { TextSpeakMatch, TextSpeakOptions } from './types.js';
/** A token, as `tokenize` finds it (exported for the test that keeps the two the same). */
export declare const TOKEN: RegExp;
interface Token {
    text: string;
    lower: string;
    start: number;
    end: number;
}
export declare function detectTextSpeak(input: string, textSpeakOptions?: TextSpeakOptions | null): TextSpeakMatch[];
/** The matches of TOKEN, found by hand: no match array per token. */
export declare function tokenize(text: string): Token[];
export {};
//# sourceMappingURL=text-speak.d.ts.map