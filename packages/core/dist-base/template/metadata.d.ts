import type { OffsetRange } from '../text/range.js';
import type { ParseProblem, TemplateMetadata } from './types.js';
export type Locate = (path: readonly (string | number)[]) => OffsetRange;
/**
 * Checks metadata read from YAML or a flat comment. Invalid values become
 * 'metadata-invalid' problems located at the value and are dropped; unknown keys are kept
 * (the contract lets rules report them).
 */
export declare function validateMetadata(raw: Record<string, unknown>, locate: Locate): {
    metadata: TemplateMetadata;
    problems: ParseProblem[];
};
/** Own metadata over defaults; variable specs merge field by field. */
export declare function mergeMetadata(base: TemplateMetadata, own: TemplateMetadata): TemplateMetadata;
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
//# sourceMappingURL=metadata.d.ts.map