import type { DetectMatch } from './types.js';
/**
 * Each pattern with its prefilter: a cheap regex for a piece every match contains ("msg",
 * "txt" or "text", "/"), case-insensitive like the pattern or wider (test/detect/prefilters.test.ts).
 */
export declare const PATTERNS: ReadonlyArray<readonly [pattern: RegExp, needs: RegExp]>;
export declare function findBoilerplate(text: string): DetectMatch[];
//# sourceMappingURL=boilerplate.d.ts.map