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

const BUILT_IN_BLOCKS = new Set(['if', 'unless', 'each', 'with']);

const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|true|false|null|undefined)$/;

/** Root name of a Handlebars path, or undefined for `this`, `@data`, `../x` and literals. */
export function variableRoot(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed || LITERAL.test(trimmed) || trimmed.startsWith('@') || trimmed.startsWith('../')) return undefined;
  const path = trimmed.startsWith('this.') || trimmed.startsWith('this/') ? trimmed.slice(5) : trimmed;
  if (path === 'this' || path === '.') return undefined;
  // The first path segment: up to the first "." or "/".
  let end = 0;
  while (end < path.length && path[end] !== '.' && path[end] !== '/') end++;
  return path.slice(0, end) || undefined;
}

/** Every variable reference in document order. */
export function collectVariableUses(nodes: BodyNode[]): VariableUse[] {
  const uses: VariableUse[] = [];
  const walk = (list: BodyNode[], scoped: boolean): void => {
    for (const node of list) {
      if (node.type === 'variable') {
        uses.push({ name: node.name, range: node.range, rendered: true, scoped });
      } else if (node.type === 'block') {
        // Literals (`{{#if "x"}}`, `{{#if 1}}`) and data (`@first`) are no variables.
        for (const param of node.params) if (variableRoot(param) !== undefined) uses.push({ name: param, range: node.range, rendered: false, scoped });
        // A Mustache section `{{#items}}…{{/items}}` names its variable as the "helper" and
        // renders its body in that value's context (each item of a list).
        const section = node.params.length === 0 && node.tag === undefined && !BUILT_IN_BLOCKS.has(node.helper);
        if (section) uses.push({ name: node.helper, range: node.range, rendered: false, scoped });
        const inner = scoped || section || node.helper === 'each' || node.helper === 'with';
        walk(node.program, inner);
        if (node.inverse) walk(node.inverse, scoped);
      }
    }
  };
  walk(nodes, false);
  return uses;
}

/** Declared variables: config `variables`, overridden per name by the template's metadata. */
export function declaredVariables(template: Template, config: ResolvedConfig): Record<string, VariableSpec> {
  return { ...(config.variables ?? {}), ...(template.metadata.variables ?? {}) };
}

/** The spec declared for a variable path: exact path first ("order.id"), then its root ("order"). */
export function specFor(name: string, declared: Record<string, VariableSpec>): VariableSpec | undefined {
  const own = (key: string) => (Object.prototype.hasOwnProperty.call(declared, key) ? declared[key] : undefined);
  const root = variableRoot(name);
  return own(name.trim()) ?? (root ? own(root) : undefined);
}
