import type { OffsetRange } from '../text/range.js';
import type { ParseProblem } from './types.js';
/**
 * Reads the flat form `smslint: kind=marketing maxSegments=1 variables.code.maxLength=6`.
 * `source` is the text after "smslint:", standing at document offset `base`.
 */
export declare function parseFlatMetadata(source: string, base: number): {
    data: Record<string, unknown>;
    problems: ParseProblem[];
    locate(path: readonly (string | number)[]): OffsetRange;
};
//# sourceMappingURL=flat-metadata.d.ts.map