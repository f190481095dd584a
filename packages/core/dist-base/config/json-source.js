/** RFC 6901 escaping of one pointer segment. */
export function escapePointerSegment(segment) {
    return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/**
 * A strict JSON (RFC 8259) parser that records the range of every value, so config
 * errors can point at the exact spot. A leading BOM is allowed (editors write one).
 * JSON.parse gives no reliable offsets across Node versions, hence this small parser.
 */
export function parseJsonSource(text) {
    const locations = { values: new Map(), keys: new Map() };
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const fail = (message, at = pos) => {
        throw new JsonSyntaxError(message, at);
    };
    const describe = (at) => at >= text.length ? 'end of file' : `'${text[at]}'`;
    const skipWhitespace = () => {
        while (pos < text.length) {
            const c = text.charCodeAt(pos);
            if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
                pos++;
            else
                break;
        }
    };
    const parseString = () => {
        const start = pos;
        pos++; // opening quote
        let out = '';
        while (true) {
            if (pos >= text.length)
                fail('Unterminated string', start);
            const c = text.charCodeAt(pos);
            if (c === 0x22) {
                pos++;
                return out;
            }
            if (c < 0x20)
                fail('Control character in string (escape it)');
            if (c === 0x5c) {
                const e = text[pos + 1];
                const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (e !== undefined && e in simple) {
                    out += simple[e];
                    pos += 2;
                }
                else if (e === 'u') {
                    const hex = text.slice(pos + 2, pos + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail('Invalid \\u escape in string');
                    out += String.fromCharCode(parseInt(hex, 16));
                    pos += 6;
                }
                else {
                    fail('Invalid escape in string');
                }
                continue;
            }
            out += text[pos];
            pos++;
        }
    };
    const parseNumber = () => {
        const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
        if (!match)
            fail(`Unexpected ${describe(pos)}`);
        pos += match[0].length;
        return Number(match[0]);
    };
    const parseValue = (pointer, depth) => {
        if (depth > 256)
            fail('JSON nested too deeply');
        skipWhitespace();
        const start = pos;
        const c = text[pos];
        let value;
        if (c === '{') {
            pos++;
            const obj = {};
            skipWhitespace();
            if (text[pos] === '}')
                pos++;
            else {
                while (true) {
                    skipWhitespace();
                    if (text[pos] !== '"')
                        fail(`Expected a property name in double quotes, found ${describe(pos)}`);
                    const keyStart = pos;
                    const key = parseString();
                    const child = `${pointer}/${escapePointerSegment(key)}`;
                    locations.keys.set(child, { start: keyStart, end: pos });
                    skipWhitespace();
                    if (text[pos] !== ':')
                        fail(`Expected ':' after property name, found ${describe(pos)}`);
                    pos++;
                    const v = parseValue(child, depth + 1);
                    Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
                    skipWhitespace();
                    if (text[pos] === ',') {
                        const comma = pos++;
                        skipWhitespace();
                        if (text[pos] === '}')
                            fail('Trailing comma is not allowed in JSON', comma);
                        continue;
                    }
                    if (text[pos] === '}') {
                        pos++;
                        break;
                    }
                    fail(`Expected ',' or '}' in object, found ${describe(pos)}`);
                }
            }
            value = obj;
        }
        else if (c === '[') {
            pos++;
            const arr = [];
            skipWhitespace();
            if (text[pos] === ']')
                pos++;
            else {
                while (true) {
                    arr.push(parseValue(`${pointer}/${arr.length}`, depth + 1));
                    skipWhitespace();
                    if (text[pos] === ',') {
                        const comma = pos++;
                        skipWhitespace();
                        if (text[pos] === ']')
                            fail('Trailing comma is not allowed in JSON', comma);
                        continue;
                    }
                    if (text[pos] === ']') {
                        pos++;
                        break;
                    }
                    fail(`Expected ',' or ']' in array, found ${describe(pos)}`);
                }
            }
            value = arr;
        }
        else if (c === '"') {
            value = parseString();
        }
        else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
            value = parseNumber();
        }
        else if (text.startsWith('true', pos)) {
            pos += 4;
            value = true;
        }
        else if (text.startsWith('false', pos)) {
            pos += 5;
            value = false;
        }
        else if (text.startsWith('null', pos)) {
            pos += 4;
            value = null;
        }
        else if (c === '/') {
            fail('Comments are not allowed in JSON');
        }
        else {
            fail(`Unexpected ${describe(pos)}: expected a JSON value`);
        }
        locations.values.set(pointer, { start, end: pos });
        return value;
    };
    try {
        const value = parseValue('', 0);
        skipWhitespace();
        if (pos < text.length)
            fail(`Unexpected ${describe(pos)} after the end of the JSON value`);
        return { ok: true, value, locations };
    }
    catch (error) {
        if (error instanceof JsonSyntaxError)
            return { ok: false, message: error.message, offset: error.offset };
        throw error;
    }
}
//# sourceMappingURL=json-source.js.map