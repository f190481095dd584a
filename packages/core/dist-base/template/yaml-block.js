import { yamlLibrary } from './lazy-libraries.js';
import { readSimpleYaml } from './simple-yaml.js';
/**
 * Aliases a YAML block may expand. Metadata never needs many; a small cap turns a
 * "billion laughs" alias bomb into a located problem instead of a hang.
 */
export const MAX_YAML_ALIASES = 20;
const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true };
/** Parses `source`, which stands at document offset `base`, as a YAML mapping. */
export function parseYamlBlock(source, base, code) {
    const whole = { start: base, end: base + source.length };
    const problems = [];
    const at = (start, end) => {
        const s = Math.max(0, Math.min(start, source.length));
        const e = Math.max(s, Math.min(end, source.length));
        return { start: base + s, end: base + (e > s ? e : Math.min(s + 1, source.length)) };
    };
    // YAML counts a lone CR as a line break; the yaml library does not. CR → LF keeps
    // every offset (same length) and reads classic-Mac (CR-only) files like LF ones.
    const parse = () => yamlLibrary().parseDocument(source.replace(/\r(?!\n)/g, '\n'), YAML_OPTIONS);
    const rangeIn = (doc, path) => {
        const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
        const range = node?.range;
        return range ? at(range[0], range[1]) : whole;
    };
    const simple = readSimpleYaml(source);
    if (simple) {
        // Valid YAML in the simple subset: the full parse is needed only to locate a problem.
        let parsed;
        return { data: simple, problems, locate: (path) => rangeIn((parsed ??= parse()), path) };
    }
    let doc;
    try {
        doc = parse();
    }
    catch (error) {
        problems.push({ code, message: `Invalid YAML: ${messageOf(error)}`, range: whole, severity: 'error' });
        return { data: null, problems, locate: () => whole };
    }
    const locate = (path) => rangeIn(doc, path);
    for (const error of doc.errors) {
        problems.push({ code, message: `Invalid YAML: ${firstLine(error.message)}`, range: at(error.pos[0], error.pos[1]), severity: 'error' });
    }
    if (problems.length > 0)
        return { data: null, problems, locate };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch (error) {
        problems.push({
            code,
            message: `YAML aliases expand too far (more than ${MAX_YAML_ALIASES}): ${messageOf(error)}`,
            range: whole,
            severity: 'error',
        });
        return { data: null, problems, locate };
    }
    if (value === null || value === undefined)
        return { data: {}, problems, locate };
    if (typeof value !== 'object' || Array.isArray(value)) {
        problems.push({ code, message: 'Expected a YAML mapping (key: value lines).', range: locate([]), severity: 'error' });
        return { data: null, problems, locate };
    }
    return { data: value, problems, locate };
}
function messageOf(error) {
    return error instanceof Error ? firstLine(error.message) : String(error);
}
function firstLine(message) {
    return message.split('\n')[0];
}
//# sourceMappingURL=yaml-block.js.map