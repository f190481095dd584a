import { handlebarsLibrary } from './lazy-libraries.js';
/**
 * Renders a template for previews. Safe by construction: an isolated Handlebars
 * environment with only the built-in helpers (`knownHelpersOnly`), no partials (each is
 * shown as "[partial name]" with a warning), and prototype access disabled, so
 * `{{constructor.constructor}}` or `{{__proto__}}` render nothing. `noEscape`: SMS is plain
 * text, so HTML-escaping would send "&amp;" where the customer should read "&".
 * Data: declared variable samples, overridden by `data`. Never throws.
 */
export function renderTemplate(template, data = {}) {
    const problems = [];
    const range = template.body.range;
    if (template.problems.some((problem) => problem.code === 'handlebars-too-deep')) {
        problems.push({ code: 'render-failed', message: 'Cannot render: blocks are nested too deeply.', range, severity: 'error' });
        return { text: '', problems };
    }
    const env = handlebarsLibrary().create();
    let ast;
    try {
        ast = env.parse(template.body.text);
    }
    catch (error) {
        problems.push({ code: 'render-failed', message: `Cannot render: ${messageOf(error)}`, range, severity: 'error' });
        return { text: '', problems };
    }
    replacePartials(ast, (name) => problems.push({
        code: 'render-partial',
        message: `Partial "${name}" is not rendered in previews; it is shown as [partial ${name}].`,
        range,
        severity: 'warning',
    }));
    try {
        const render = env.compile(ast, { knownHelpersOnly: true, noEscape: true, strict: false });
        const text = render(withSamples(template, data), {
            allowProtoPropertiesByDefault: false,
            allowProtoMethodsByDefault: false,
            allowCallsToHelperMissing: false,
            partials: {},
        });
        return { text, problems };
    }
    catch (error) {
        problems.push({ code: 'render-failed', message: `Cannot render: ${messageOf(error)}`, range, severity: 'error' });
        return { text: '', problems };
    }
}
/** Declared samples (nested by dotted path) under the caller's data. */
function withSamples(template, data) {
    const merged = {};
    for (const [name, spec] of Object.entries(template.metadata.variables ?? {})) {
        if (spec.sample === undefined)
            continue;
        const path = name.split('.');
        if (path.some((key) => key === '__proto__' || key === 'constructor' || key === 'prototype'))
            continue;
        let node = merged;
        for (const key of path.slice(0, -1)) {
            if (!Object.hasOwn(node, key) || typeof node[key] !== 'object' || node[key] === null)
                node[key] = {};
            node = node[key];
        }
        node[path[path.length - 1]] = spec.sample;
    }
    return { ...merged, ...data };
}
/** Turns every `{{> name}}` into visible text, so nothing is looked up at render time. */
function replacePartials(program, report) {
    const body = program.body;
    for (let i = 0; i < body.length; i++) {
        const node = body[i];
        if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
            const nameNode = node.name;
            const name = nameNode.original ?? String(nameNode.value ?? 'partial');
            report(name);
            const replacement = { type: 'ContentStatement', value: `[partial ${name}]`, original: `[partial ${name}]`, loc: node.loc };
            body[i] = replacement;
        }
        else if (node.type === 'BlockStatement' || node.type === 'DecoratorBlock') {
            const block = node;
            if (block.program)
                replacePartials(block.program, report);
            if (block.inverse)
                replacePartials(block.inverse, report);
        }
    }
}
function messageOf(error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
//# sourceMappingURL=render.js.map