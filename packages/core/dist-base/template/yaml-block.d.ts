import type { OffsetRange } from '../text/range.js';
import type { ParseProblem } from './types.js';
/**
 * Aliases a YAML block may expand. Metadata never needs many; a small cap turns a
 * "billion laughs" alias bomb into a located problem instead of a hang.
 */
export declare const MAX_YAML_ALIASES = 20;
export interface YamlBlock {
    /** The mapping, or null when the block does not parse to one. */
    data: Record<string, unknown> | null;
    problems: ParseProblem[];
    /** Document range of the value at `path` (falls back to the whole block). */
    locate(path: readonly (string | number)[]): OffsetRange;
}
/** Parses `source`, which stands at document offset `base`, as a YAML mapping. */
export declare function parseYamlBlock(source: string, base: number, code: string): YamlBlock;
//# sourceMappingURL=yaml-block.d.ts.map