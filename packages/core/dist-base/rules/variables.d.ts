import type { ResolvedConfig } from '../config/types.js';
import type { BodyNode, Template, VariableSpec } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';
/** A variable reference in a body: `{{name}}` or a block parameter like `{{#if name}}`. */
export interface VariableUse {
    name: string;
    range: OffsetRange;
    /** false for block parameters (conditions): they are never sent as text. */
    rendered: boolean;
    /** Inside `{{#each}}` / `{{#with}}`: relative to a runtime context, so not checkable. */
    scoped: boolean;
}
/** Root name of a Handlebars path, or undefined for `this`, `@data`, `../x` and literals. */
export declare function variableRoot(name: string): string | undefined;
/** Every variable reference in document order. */
export declare function collectVariableUses(nodes: BodyNode[]): VariableUse[];
/** Declared variables: config `variables`, overridden per name by the template's metadata. */
export declare function declaredVariables(template: Template, config: ResolvedConfig): Record<string, VariableSpec>;
/** The spec declared for a variable path: exact path first ("order.id"), then its root ("order"). */
export declare function specFor(name: string, declared: Record<string, VariableSpec>): VariableSpec | undefined;
//# sourceMappingURL=variables.d.ts.map