import type { PunctuationMatch } from './types.js';
export declare const EMOJI: RegExp;
/**
 * Cheap prefilter for EMOJI: whether the text has an anchor character. None is ASCII, so
 * ASCII is skipped without a lookup (test/detect/prefilters.test.ts).
 */
export declare function mayHoldEmoji(text: string): boolean;
export declare function detectExcessivePunctuation(input: string): PunctuationMatch[];
//# sourceMappingURL=excessive-punctuation.d.ts.map