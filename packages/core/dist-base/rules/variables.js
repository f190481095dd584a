const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|true|false|null|undefined)$/;
/** Root name of a Handlebars path, or undefined for `this`, `@data`, `../x` and literals. */
export function variableRoot(name) {
    const trimmed = name.trim();
    if (!trimmed || LITERAL.test(trimmed) || trimmed.startsWith('@') || trimmed.startsWith('../'))
        return undefined;
    const path = trimmed.startsWith('this.') || trimmed.startsWith('this/') ? trimmed.slice(5) : trimmed;
    if (path === 'this' || path === '.')
        return undefined;
    // The first path segment: up to the first "." or "/".
    let end = 0;
    while (end < path.length && path[end] !== '.' && path[end] !== '/')
        end++;
    return path.slice(0, end) || undefined;
}
/** Every variable reference in document order. */
export function collectVariableUses(nodes) {
    const uses = [];
    const walk = (list, scoped) => {
        for (const node of list) {
            if (node.type === 'variable') {
                uses.push({ name: node.name, range: node.range, rendered: true, scoped });
            }
            else if (node.type === 'block') {
                for (const param of node.params)
                    uses.push({ name: param, range: node.range, rendered: false, scoped });
                const inner = scoped || node.helper === 'each' || node.helper === 'with';
                walk(node.program, inner);
                if (node.inverse)
                    walk(node.inverse, scoped);
            }
        }
    };
    walk(nodes, false);
    return uses;
}
/** Declared variables: config `variables`, overridden per name by the template's metadata. */
export function declaredVariables(template, config) {
    return { ...(config.variables ?? {}), ...(template.metadata.variables ?? {}) };
}
/** The spec declared for a variable path: exact path first ("order.id"), then its root ("order"). */
export function specFor(name, declared) {
    const own = (key) => (Object.prototype.hasOwnProperty.call(declared, key) ? declared[key] : undefined);
    const root = variableRoot(name);
    return own(name.trim()) ?? (root ? own(root) : undefined);
}
//# sourceMappingURL=variables.js.map