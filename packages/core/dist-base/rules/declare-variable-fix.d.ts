import type { Template, TemplateFile, VariableType } from '../template/types.js';
import type { Fix } from './types.js';
/**
 * Inserts a declaration `name: { type, … }`: in a catalog, a metadata comment right under the
 * template's heading (flat when the name allows it); in a single file, into the front matter's
 * `variables` (created when missing). Undefined when the front matter's `variables` is written
 * in a form this cannot extend safely (a flow mapping).
 */
export declare function declareVariableFix(file: TemplateFile, template: Template, name: string, fields: {
    type: VariableType;
    charset?: string;
}): Fix | undefined;
//# sourceMappingURL=declare-variable-fix.d.ts.map