import type { VariableSpec, VariableType } from './types.js';
/** Every variable `type`, in the order the docs and the JSON schema list them. */
export declare const VARIABLE_TYPES: readonly VariableType[];
/**
 * What a value of each type looks like when nothing more is declared (docs/configuration.md,
 * "Variable types"). A declaration's own fields override these field by field. Lengths are
 * what sending systems usually produce: a branded tracking link, an E.164 or formatted
 * national number, a 4–8 digit code. Samples pass link-validity and phone-validity.
 */
export declare const TYPE_DEFAULTS: Readonly<Record<VariableType, Readonly<Required<Omit<VariableSpec, 'type'>>>>>;
export declare function isVariableType(value: unknown): value is VariableType;
/** Types whose values are links, phone numbers or email addresses (what detections list). */
export declare const CONTACT_TYPES: ReadonlySet<VariableType>;
//# sourceMappingURL=variable-types.d.ts.map