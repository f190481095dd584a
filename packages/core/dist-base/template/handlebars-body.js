import { handlebarsParserLibrary } from './lazy-libraries.js';
import { parseHandlebarsSubset } from './handlebars-subset.js';
import { lineStartsOf, normalizeLineBreaks } from './lines.js';
/** Masks placeholders so detectors never read them as words (same UTF-16 length). */
export const MASK = '\uFFFC';
/** Deepest block nesting analysed; real templates use a handful of levels. */
export const MAX_BLOCK_DEPTH = 64;
class TooDeep extends Error {
}
/**
 * Builds the body model of text[start, end): Handlebars nodes with document ranges, the
 * masked source and the sent text. `excluded` are smslint comment lines inside the body,
 * which are never sent. Never throws: a Handlebars syntax error is a located problem.
 */
export function buildBody(text, start, end, excluded, 
/** false: always Handlebars' own parser (tests compare the two paths). */
useSubsetParser = true) {
    const source = text.slice(start, end);
    const problems = [];
    const comments = [];
    // Ranges of source (relative) that stay visible in `masked`; null: all of it.
    let visible = null;
    let nodes = [];
    if (source.indexOf('{{') === -1) {
        if (source.length > 0)
            nodes = [{ type: 'text', value: normalizeLineBreaks(cut(text, start, end, excluded)), range: { start, end } }];
    }
    else {
        const lineStarts = lineStartsOf(source);
        // Handlebars counts lines like we do (LF, CRLF, lone CR) and columns in UTF-16 units.
        const offsetOf = (pos) => start + Math.min(source.length, (lineStarts[pos.line - 1] ?? source.length) + pos.column);
        const rangeOf = (node) => node.loc ? { start: offsetOf(node.loc.start), end: offsetOf(node.loc.end) } : { start, end: start };
        // Most bodies are in the subset a faster parser reads into the same tree (it refuses
        // deep nesting); Handlebars parses the rest and reports every error.
        let program = useSubsetParser ? parseHandlebarsSubset(source, lineStarts) : null;
        if (!program) {
            if (lexicalBlockDepth(source) > MAX_BLOCK_DEPTH) {
                // Handlebars' parser slows down sharply with nesting depth (seconds at a few thousand
                // levels), so absurd nesting is refused before parsing: an editor must never hang.
                problems.push(tooDeepProblem(start, end));
            }
            else {
                try {
                    program = handlebarsParserLibrary().parse(source);
                }
                catch (error) {
                    problems.push(onCodePoints(text, syntaxProblem(error, offsetOf, start, end)));
                }
            }
        }
        if (program) {
            const shown = (visible = []);
            let depth = 0;
            const convert = (statements) => {
                const out = [];
                if (++depth > MAX_BLOCK_DEPTH)
                    throw new TooDeep();
                for (const statement of statements) {
                    const node = convertStatement(statement);
                    if (node)
                        out.push(node);
                }
                depth--;
                return out;
            };
            const convertStatement = (statement) => {
                const range = rangeOf(statement);
                switch (statement.type) {
                    case 'ContentStatement': {
                        const content = statement;
                        shown.push([range.start - start, range.end - start]);
                        return textNode(text, content, range, excluded);
                    }
                    case 'MustacheStatement': {
                        const mustache = statement;
                        const name = mustache.params.length > 0 || mustache.hash ? text.slice(range.start, range.end).replace(/^\{\{\{?~?|~?\}?\}\}$/g, '').trim() : expression(mustache.path, text, rangeOf);
                        return { type: 'variable', name, escaped: mustache.escaped !== false, range };
                    }
                    case 'BlockStatement': {
                        const block = statement;
                        return {
                            type: 'block',
                            helper: expression(block.path, text, rangeOf),
                            params: block.params.map((param) => expression(param, text, rangeOf)),
                            range,
                            program: block.program ? convert(block.program.body) : [],
                            inverse: block.inverse ? convert(block.inverse.body) : null,
                        };
                    }
                    case 'PartialStatement':
                    case 'PartialBlockStatement': {
                        const partial = statement;
                        return { type: 'partial', name: expression(partial.name, text, rangeOf), range };
                    }
                    case 'CommentStatement': {
                        const comment = statement;
                        const value = comment.value.trim();
                        if (/^smslint(?!\w)/.test(value))
                            comments.push({ kind: 'handlebars', value, range });
                        return { type: 'comment', value: comment.value, range };
                    }
                    default:
                        // Decorators ({{* x}}) are a deprecated Handlebars feature; nothing of them is sent.
                        problems.push({
                            code: 'handlebars-unsupported',
                            message: `Handlebars ${statement.type} is not supported in SMS templates.`,
                            range,
                            severity: 'warning',
                        });
                        return { type: 'comment', value: '', range };
                }
            };
            try {
                nodes = convert(program.body);
            }
            catch (error) {
                if (!(error instanceof TooDeep))
                    throw error;
                // Analysis recurses over blocks; absurd nesting is reported and read as literal text.
                problems.push(tooDeepProblem(start, end));
                nodes = [];
                comments.length = 0;
                visible = maskMustachesLexically(source, start, comments);
            }
        }
        else {
            visible = maskMustachesLexically(source, start, comments);
        }
    }
    const hidden = excluded.map((line) => [Math.max(line.start, start) - start, Math.min(line.end, end) - start]);
    const masked = maskText(source, visible ?? [[0, source.length]], hidden);
    const sent = trimBlankLines(normalizeLineBreaks(cut(text, start, end, excluded)));
    return { body: { source, range: { start, end }, nodes, masked, text: sent }, problems, comments };
}
/** `text` (LF breaks) without its leading and trailing blank lines, breaks included. */
function trimBlankLines(text) {
    // Each pattern needs a blank or a break at its end of the text: most bodies skip both scans.
    const blankOrBreak = (c) => c === 32 || c === 9 || c === 10;
    let out = text;
    if (blankOrBreak(out.charCodeAt(0)))
        out = out.replace(/^(?:[ \t]*\n)+/, '');
    if (blankOrBreak(out.charCodeAt(out.length - 1)))
        out = out.replace(/(?:\n[ \t]*)+$/, '');
    return out;
}
function tooDeepProblem(start, end) {
    return {
        code: 'handlebars-too-deep',
        message: `Blocks are nested more than ${MAX_BLOCK_DEPTH} levels deep; the body is not analysed.`,
        range: { start, end },
        severity: 'error',
    };
}
/** Block nesting as written ({{#x}}/{{^x}} open, {{/x}} closes), comments skipped. */
function lexicalBlockDepth(source) {
    const tags = /\{\{!--[\s\S]*?--~?\}\}|\{\{~?!(?:[^}]|\}(?!\}))*\}\}|\{\{~?([#/^])\s*([^}\s~]?)/g;
    let depth = 0;
    let deepest = 0;
    for (let match = tags.exec(source); match !== null; match = tags.exec(source)) {
        if (match[1] === '#' || (match[1] === '^' && match[2]))
            deepest = Math.max(deepest, ++depth);
        else if (match[1] === '/')
            depth = Math.max(0, depth - 1);
    }
    return deepest;
}
/** The text a ContentStatement sends, with the range of exactly those characters. */
function textNode(text, content, range, excluded) {
    const value = content.value;
    const original = content.original;
    if (value === '')
        return null;
    // Whitespace control and standalone lines strip whitespace around `value`; an escaped
    // "\{{" drops its backslash, so the loc can be one unit longer than `original`.
    let lead = 0;
    // Most text is sent as written (value === original): no lead to look for.
    if (value !== original) {
        while (lead < original.length && !original.startsWith(value, lead) && /\s/.test(original[lead]))
            lead++;
        if (!original.startsWith(value, lead))
            lead = 0;
    }
    const from = range.start + lead;
    const to = Math.min(range.end, from + value.length + (range.end - range.start - original.length));
    const overlaps = excluded.some((line) => line.lineStart < to && line.lineNext > from);
    const sent = overlaps ? cut(text, from, to, excluded) : value;
    return { type: 'text', value: normalizeLineBreaks(sent), range: { start: from, end: Math.max(from, to) } };
}
/** Expression as written: a path ("customer.name"), a literal, or a sub-expression's source. */
function expression(node, text, rangeOf) {
    const path = node;
    if (typeof path.original === 'string')
        return path.original;
    const literal = node;
    if (literal.value !== undefined && node.type !== 'SubExpression')
        return String(literal.value);
    const range = rangeOf(node);
    return text.slice(range.start, range.end);
}
/** text[start, end) without the excluded comment lines (their line breaks included). */
function cut(text, start, end, excluded) {
    let out = '';
    let at = start;
    for (const line of excluded) {
        if (line.lineNext <= at || line.lineStart >= end)
            continue;
        out += text.slice(at, Math.max(at, line.lineStart));
        at = Math.max(at, Math.min(line.lineNext, end));
    }
    return out + text.slice(at, end);
}
/** Widens a problem's range so neither end falls between the halves of a surrogate pair. */
function onCodePoints(text, problem) {
    const splits = (at) => at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]) && /[\uDC00-\uDFFF]/.test(text[at]);
    const start = splits(problem.range.start) ? problem.range.start - 1 : problem.range.start;
    const end = splits(problem.range.end) ? problem.range.end + 1 : problem.range.end;
    return start === problem.range.start && end === problem.range.end ? problem : { ...problem, range: { start, end } };
}
function syntaxProblem(error, offsetOf, start, end) {
    const raw = error instanceof Error ? error.message : String(error);
    const located = error;
    let range;
    if (typeof located.lineNumber === 'number' && typeof located.column === 'number') {
        const from = offsetOf({ line: located.lineNumber, column: located.column });
        const to = typeof located.endLineNumber === 'number' && typeof located.endColumn === 'number'
            ? offsetOf({ line: located.endLineNumber, column: located.endColumn })
            : from;
        range = { start: from, end: Math.max(from, to) };
    }
    else {
        // Jison parse errors carry no location; the shared lexer still holds the offending token.
        const lexer = handlebarsParserLibrary().parser?.lexer;
        const loc = lexer?.yylloc;
        if (/^Lexical error/.test(raw) && typeof lexer?._input === 'string') {
            // Unrecognised text: the lexer stopped right before it.
            const at = Math.max(start, Math.min(end, end - lexer._input.length));
            range = { start: at, end: Math.min(end, at + 1) };
        }
        else {
            range = loc
                ? { start: offsetOf({ line: loc.first_line, column: loc.first_column }), end: offsetOf({ line: loc.last_line, column: loc.last_column }) }
                : { start, end };
        }
    }
    if (range.end <= range.start)
        range = { start: Math.min(range.start, Math.max(start, end - 1)), end: Math.min(Math.max(range.start + 1, start + 1), end) };
    const detail = raw
        .replace(/^Parse error on line \d+:\n[^\n]*\n-*\^\n/, '')
        .replace(/ - \d+:\d+$/, '')
        .split('\n')[0];
    const message = explain(detail);
    return { code: 'handlebars-syntax', message: `Handlebars syntax error: ${message}`, range, severity: 'error' };
}
/** Jison's "Expecting …, got 'X'" in words, with the original kept for reference. */
function explain(detail) {
    const got = /got '(\w+)'$/.exec(detail)?.[1];
    const hint = got === 'EOF' ? 'the template ends inside a block or mustache (is a {{/…}} or "}}" missing?)'
        : got === 'INVALID' ? 'a mustache is not closed or holds invalid characters'
            : got === 'CLOSE' || got === 'CLOSE_UNESCAPED' ? 'a mustache ends where an expression or "}}}" was expected'
                : undefined;
    return hint ? `${hint} (${detail})` : detail;
}
/** `source` with U+FFFC outside the visible ranges and inside the hidden ones (both sorted). */
function maskText(source, visible, hidden) {
    let out = '';
    let at = 0;
    let h = 0;
    for (const [from, to] of visible) {
        out += MASK.repeat(Math.max(0, from - at));
        let cursor = Math.max(from, at);
        while (h < hidden.length && hidden[h][1] <= cursor)
            h++;
        for (let k = h; k < hidden.length && hidden[k][0] < to; k++) {
            const [hideFrom, hideTo] = hidden[k];
            if (hideFrom > cursor)
                out += source.slice(cursor, hideFrom);
            const stop = Math.min(hideTo, to);
            if (stop > Math.max(cursor, hideFrom))
                out += MASK.repeat(stop - Math.max(cursor, hideFrom));
            cursor = Math.max(cursor, stop);
        }
        if (to > cursor)
            out += source.slice(cursor, to);
        at = Math.max(at, to);
    }
    return out + MASK.repeat(Math.max(0, source.length - at));
}
/**
 * Without a parse tree, masks `{{…}}` spans found lexically (an unclosed one to the end of
 * its line) and still finds smslint comments, so detectors and directives keep working.
 * Returns the visible ranges.
 */
function maskMustachesLexically(source, start, comments) {
    // A hand-written scan equivalent to /\{\{!--([\s\S]*?)--~?\}\}|\{\{~?!([\s\S]*?)\}\}|\{\{[\s\S]*?\}\}\}?/g:
    // that regex rescans to the end of the body from every "{{" that has no closing "}}"
    // (quadratic: 256 KB of "{{" took a minute). Here each closer is searched for once per
    // position it can still be found at, so the scan is linear.
    const masks = [];
    const found = new Map();
    const next = (needle, from) => {
        const known = found.get(needle);
        if (known !== undefined && (known === -1 || known >= from))
            return known;
        const at = source.indexOf(needle, from);
        found.set(needle, at);
        return at;
    };
    for (let open = source.indexOf('{{'); open !== -1;) {
        let end = -1;
        let inner;
        if (source.startsWith('{{!--', open)) {
            const plain = next('--}}', open + 5);
            const tilde = next('--~}}', open + 5);
            const close = plain === -1 ? tilde : tilde === -1 ? plain : Math.min(plain, tilde);
            if (close !== -1) {
                end = close + (close === plain ? 4 : 5);
                inner = source.slice(open + 5, close);
            }
        }
        if (end === -1 && (source.startsWith('{{!', open) || source.startsWith('{{~!', open))) {
            const from = open + (source[open + 2] === '~' ? 4 : 3);
            const close = next('}}', from);
            if (close !== -1) {
                end = close + 2;
                inner = source.slice(from, close);
            }
        }
        if (end === -1) {
            const close = next('}}', open + 2);
            if (close === -1)
                break; // no "}}" after here: nothing further can close
            end = close + 2 + (source[close + 2] === '}' ? 1 : 0);
            inner = undefined;
        }
        if (!(open > 0 && source[open - 1] === '\\')) {
            masks.push([open, end]);
            const value = inner?.trim();
            if (value !== undefined && /^smslint(?!\w)/.test(value)) {
                comments.push({ kind: 'handlebars', value, range: { start: start + open, end: start + end } });
            }
        }
        open = source.indexOf('{{', end);
    }
    const last = masks.length > 0 ? masks[masks.length - 1][1] : 0;
    const open = source.indexOf('{{', last);
    if (open !== -1 && source[open - 1] !== '\\') {
        let stop = open;
        while (stop < source.length && source[stop] !== '\n' && source[stop] !== '\r')
            stop++;
        masks.push([open, stop]);
    }
    const visible = [];
    let at = 0;
    for (const [from, to] of masks) {
        if (from > at)
            visible.push([at, from]);
        at = to;
    }
    if (at < source.length)
        visible.push([at, source.length]);
    return visible;
}
//# sourceMappingURL=handlebars-body.js.map