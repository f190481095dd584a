/**
 * A fast reader for the shape nearly every front matter has: block mappings nested by
 * indentation, whose values are one-line plain or quoted scalars or one-line flow mappings
 * of those (`firstName: { maxLength: 20, charset: gsm }`). The full `yaml` parser cost
 * about a tenth of a CLI run on such text. Anything outside this subset — or anything whose
 * meaning in YAML 1.2 is not plainly a string, null, boolean or small integer — returns
 * undefined, and the caller parses with `yaml` as before, so results never differ
 * (test/core/template/simple-yaml.test.ts compares both on generated and tricky inputs).
 */
/** Keys as written in metadata (`maxSegments`, `opt-in`, `first_name`); others go to `yaml`. */
const KEY = /^[A-Za-z_][A-Za-z0-9_-]{0,99}$/;
/** Characters that open something other than a plain scalar (YAML 1.2 §5.3 indicators). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** A plain scalar that may resolve to a number (or .inf/.nan) in the core schema. */
const NUMERIC_START = /^[-+.0-9]/;
const SMALL_INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
/** Control characters, NEL, line/paragraph separators, BOM: left to `yaml`'s own rules. */
const UNUSUAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
const NULLS = new Set(['~', 'null', 'Null', 'NULL']);
const BOOLEANS = new Map([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
]);
/** Marks input outside the subset. */
const UNSUPPORTED = Symbol('unsupported');
/** The mapping `source` holds, or undefined when only the full YAML parser can tell. */
export function readSimpleYaml(source) {
    if (source.indexOf('\t') !== -1 || UNUSUAL.test(source))
        return undefined;
    const lines = [];
    for (const raw of source.split('\n')) {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.indexOf('\r') !== -1)
            return undefined;
        let indent = 0;
        while (line.charCodeAt(indent) === 32)
            indent++;
        if (indent === line.length || line.charCodeAt(indent) === 35 /* # */)
            continue; // blank or comment
        lines.push({ indent, content: trimSpaces(line.slice(indent)) });
    }
    if (lines.length === 0)
        return undefined; // empty documents: let yaml decide (null)
    if (lines[0].indent !== 0)
        return undefined;
    const state = { at: 0 };
    const mapping = readMapping(lines, state, 0);
    if (mapping === UNSUPPORTED || state.at !== lines.length)
        return undefined;
    return mapping;
}
function readMapping(lines, state, indent) {
    const out = {};
    while (state.at < lines.length) {
        const line = lines[state.at];
        if (line.indent < indent)
            break;
        if (line.indent > indent)
            return UNSUPPORTED;
        const colon = line.content.indexOf(':');
        if (colon <= 0)
            return UNSUPPORTED;
        const key = line.content.slice(0, colon);
        if (!isPlainKey(key) || Object.hasOwn(out, key))
            return UNSUPPORTED;
        const rest = line.content.slice(colon + 1);
        state.at++;
        if (rest === '') {
            const next = lines[state.at];
            if (next && next.indent > indent) {
                const nested = readMapping(lines, state, next.indent);
                if (nested === UNSUPPORTED)
                    return UNSUPPORTED;
                out[key] = nested;
            }
            else
                out[key] = null;
            continue;
        }
        if (rest.charCodeAt(0) !== 32)
            return UNSUPPORTED;
        // A deeper line after a scalar would continue it (a multi-line plain scalar).
        if (state.at < lines.length && lines[state.at].indent > indent)
            return UNSUPPORTED;
        const text = trimSpaces(rest);
        const value = text.startsWith('{') ? flowMapping(text) : blockScalar(text);
        if (value === UNSUPPORTED)
            return UNSUPPORTED;
        out[key] = value;
    }
    return out;
}
/** A one-line value in block context: quoted, or plain (no comment, no nested `key: `). */
function blockScalar(text) {
    if (text.startsWith('"') || text.startsWith("'"))
        return quoted(text);
    if (text.includes(': ') || text.endsWith(':') || text.includes(' #'))
        return UNSUPPORTED;
    return plain(text);
}
/** `"…"` without escapes or `'…'` without a doubled quote, and nothing after it. */
function quoted(text) {
    const quote = text[0];
    const close = text.indexOf(quote, 1);
    if (close !== text.length - 1)
        return UNSUPPORTED;
    const inner = text.slice(1, -1);
    if (quote === '"' && inner.includes('\\'))
        return UNSUPPORTED;
    return inner;
}
/** A plain scalar resolved by the YAML 1.2 core schema, within the shapes we are sure of. */
function plain(text) {
    if (text === '' || INDICATOR_START.test(text))
        return UNSUPPORTED;
    if (NULLS.has(text))
        return null;
    const boolean = BOOLEANS.get(text);
    if (boolean !== undefined)
        return boolean;
    if (NUMERIC_START.test(text))
        return SMALL_INTEGER.test(text) ? Number(text) : UNSUPPORTED;
    return text;
}
/** `{ key: value, … }` on one line, values plain or quoted (no nesting, no empty values). */
function flowMapping(text) {
    if (!text.endsWith('}'))
        return UNSUPPORTED;
    const out = {};
    const inner = text.slice(1, -1);
    let at = 0;
    const skipSpaces = () => {
        while (inner.charCodeAt(at) === 32)
            at++;
    };
    skipSpaces();
    if (at === inner.length)
        return out;
    for (;;) {
        const colon = inner.indexOf(':', at);
        if (colon === -1 || inner.charCodeAt(colon + 1) !== 32)
            return UNSUPPORTED;
        const key = inner.slice(at, colon);
        if (!isPlainKey(key) || Object.hasOwn(out, key))
            return UNSUPPORTED;
        at = colon + 1;
        skipSpaces();
        let value;
        const first = inner[at];
        if (first === '"' || first === "'") {
            const close = inner.indexOf(first, at + 1);
            if (close === -1)
                return UNSUPPORTED;
            value = quoted(inner.slice(at, close + 1));
            at = close + 1;
            skipSpaces();
        }
        else {
            const comma = inner.indexOf(',', at);
            const end = comma === -1 ? inner.length : comma;
            const raw = trimSpaces(inner.slice(at, end));
            if (/[[\]{}#:]/.test(raw))
                return UNSUPPORTED;
            value = plain(raw);
            at = end;
        }
        if (value === UNSUPPORTED)
            return UNSUPPORTED;
        out[key] = value;
        if (at === inner.length)
            return out;
        if (inner[at] !== ',')
            return UNSUPPORTED;
        at++;
        skipSpaces();
        // A trailing comma (or an empty entry) is left to yaml.
        if (at === inner.length || inner[at] === ',')
            return UNSUPPORTED;
    }
}
/** A key that stays the same string through YAML (not `null`, `true`, …; not `__proto__`). */
function isPlainKey(key) {
    return KEY.test(key) && key !== '__proto__' && !NULLS.has(key) && !BOOLEANS.has(key);
}
/** Trims spaces only: other white space (NBSP, …) belongs to a YAML scalar. */
function trimSpaces(text) {
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) === 32)
        start++;
    while (end > start && text.charCodeAt(end - 1) === 32)
        end--;
    return start === 0 && end === text.length ? text : text.slice(start, end);
}
//# sourceMappingURL=simple-yaml.js.map