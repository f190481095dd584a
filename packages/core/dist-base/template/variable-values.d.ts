import type { VariableCharset, VariableSpec } from './types.js';
/** Spec used for variables nobody declared: up to 20 characters that may force UCS-2. */
export declare const DEFAULT_VARIABLE: Required<Pick<VariableSpec, 'maxLength' | 'charset'>>;
export interface ResolvedVariable {
    minLength: number;
    maxLength: number;
    charset: VariableCharset;
    sample?: string;
    declared: boolean;
}
/** Whether a value of this charset may switch the whole message to UCS-2. */
export declare function mayForceUcs2(charset: VariableCharset): boolean;
export declare function minimumValue(spec: ResolvedVariable): string;
export declare function maximumValue(spec: ResolvedVariable): string;
/** The declared sample, else a plausible value within the declared lengths. */
export declare function sampleValue(name: string, spec: ResolvedVariable): string;
/** Template metadata, then config variables, then the default spec; fields merge. */
export declare function resolveVariable(name: string, declared: Record<string, VariableSpec> | undefined, configured: Record<string, VariableSpec> | undefined, fallback: VariableSpec): ResolvedVariable;
//# sourceMappingURL=variable-values.d.ts.map