/** key=value, key="quoted value" or key='quoted'; keys may be dotted paths. */
const PAIR = /([A-Za-z_][\w-]*(?:\.[\w-]+)*)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']+)/y;
/**
 * Reads the flat form `smslint: kind=marketing maxSegments=1 variables.code.maxLength=6`.
 * `source` is the text after "smslint:", standing at document offset `base`.
 */
export function parseFlatMetadata(source, base) {
    const data = {};
    const problems = [];
    const ranges = new Map();
    const whole = { start: base, end: base + source.length };
    let i = 0;
    while (i < source.length) {
        const c = source[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',') {
            i++;
            continue;
        }
        PAIR.lastIndex = i;
        const match = PAIR.exec(source);
        if (!match) {
            // Search from i + 1: a whitespace character the separator list above does not skip
            // (e.g. U+00A0) must still be consumed, or the loop would never advance.
            const end = source.slice(i + 1).search(/\s/);
            const stop = end === -1 ? source.length : i + 1 + end;
            problems.push({
                code: 'metadata-invalid',
                message: `Expected key=value in smslint metadata, found "${source.slice(i, stop)}".`,
                range: { start: base + i, end: base + stop },
                severity: 'error',
            });
            i = stop;
            continue;
        }
        const path = match[1].split('.');
        if (path.some((key) => UNSAFE_KEYS.has(key))) {
            problems.push({
                code: 'metadata-invalid',
                message: `"${match[1]}" is not an allowed metadata key.`,
                range: { start: base + i, end: base + i + match[0].length },
                severity: 'error',
            });
            i += match[0].length;
            continue;
        }
        setPath(data, path, flatValue(match[2]));
        ranges.set(match[1], { start: base + i, end: base + i + match[0].length });
        i += match[0].length;
    }
    const locate = (path) => {
        for (let n = path.length; n > 0; n--) {
            const key = path.slice(0, n).join('.');
            for (const [written, range] of ranges)
                if (written === key || written.startsWith(key + '.'))
                    return range;
        }
        return whole;
    };
    return { data, problems, locate };
}
/** Keys that would reach Object.prototype when assigned. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
function flatValue(raw) {
    if (raw.startsWith('"'))
        return raw.slice(1, -1).replace(/\\(.)/g, '$1');
    if (raw.startsWith("'"))
        return raw.slice(1, -1);
    if (raw === 'true')
        return true;
    if (raw === 'false')
        return false;
    if (/^-?\d+(?:\.\d+)?$/.test(raw))
        return Number(raw);
    return raw;
}
function setPath(target, path, value) {
    let node = target;
    for (const key of path.slice(0, -1)) {
        const next = node[key];
        if (typeof next !== 'object' || next === null || Array.isArray(next))
            node[key] = {};
        node = node[key];
    }
    node[path[path.length - 1]] = value;
}
//# sourceMappingURL=flat-metadata.js.map