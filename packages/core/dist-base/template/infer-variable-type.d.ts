import type { VariableType } from './types.js';
/** The words of a name: "Client.LoginLink" → client, login, link; "VerifyURL" → verify, url. */
export declare function nameWords(name: string): string[];
/**
 * Type from a variable path or a helper call as written: the last word that names a type
 * decides ("amount_due" → money, "tracking_number" → id, "customer_care_number" → phone).
 * A helper call is typed by its helper ("formatDate when") or else by its first argument.
 */
export declare function inferTypeFromName(expression: string): VariableType | undefined;
/** Type from the words right before a placeholder ("call us at {{x}}", "visit {{x}}"). */
export declare function inferTypeFromContext(before: string): VariableType | undefined;
/** Type from a declared sample value ("https://…" → url, "+1 888 123 4567" → phone). */
export declare function inferTypeFromSample(sample: string): VariableType | undefined;
//# sourceMappingURL=infer-variable-type.d.ts.map