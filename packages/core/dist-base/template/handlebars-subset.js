import { stripStandaloneLines } from './handlebars-standalone.js';
/**
 * A hand-written parser for the Handlebars that reply bodies use: text, `{{path}}`,
 * `{{{path}}}`, `{{helper path…}}`, blocks `{{#helper path…}}…{{else}}…{{/helper}}` and
 * comments. It returns what `Handlebars.parse` returns — the fields smslint reads, with the
 * same locations and the same standalone-line whitespace stripping — at a fraction of the
 * cost of Handlebars' generated (jison) parser, which was the largest part of reading a
 * catalog.
 *
 * Anything else, or anything doubtful, returns null and the caller parses with Handlebars,
 * which also words every syntax error: whitespace control (`~`), partials, literals, hash
 * arguments, sub-expressions, `@data`, `this`/`..`, `[segments]`, escapes (`\{{`), raw
 * blocks, inverse sections (`{{^}}`), `{{else if}}` chains, tabs or line breaks inside a
 * tag, non-ASCII names, unclosed or mismatched blocks, deep nesting.
 * Property-tested against Handlebars: test/core/template/handlebars-subset.test.ts.
 */
export function parseHandlebarsSubset(source, lineStarts) {
    // The lexer stops at NUL; U+2028/U+2029 shift its column count (its `.` stops there).
    if (UNUSUAL_CHARACTERS.test(source))
        return null;
    const body = new SubsetParser(source, lineStarts).parse();
    if (!body)
        return null;
    stripStandaloneLines(body, true);
    // Structurally the part of Handlebars' AST that smslint reads.
    return { type: 'Program', body };
}
const UNUSUAL_CHARACTERS = /[\0\u2028\u2029]/;
/** Deeper nesting is left to the Handlebars path, which reports absurd nesting. */
const MAX_DEPTH = 32;
/** Words the lexer reads as literals or keywords, never as a path segment. */
const KEYWORDS = new Set(['true', 'false', 'null', 'undefined', 'this', 'else', 'as']);
const LONGEST_KEYWORD = 'undefined'.length;
// Character codes.
const SPACE = 32;
const BANG = 33;
const HASH = 35;
const DOLLAR = 36;
const DASH = 45;
const DOT = 46;
const SLASH = 47;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const TILDE = 126;
class SubsetParser {
    source;
    lineStarts;
    open = [];
    constructor(source, lineStarts) {
        this.source = source;
        this.lineStarts = lineStarts;
    }
    /** The root statements, or null outside the subset. */
    parse() {
        const source = this.source;
        const root = [];
        let body = root;
        let at = 0;
        while (at < source.length) {
            const tag = source.indexOf('{{', at);
            const contentEnd = tag === -1 ? source.length : tag;
            if (contentEnd > at) {
                // "\{{" escapes the mustache (and "\\{{" escapes the backslash).
                if (tag !== -1 && source.charCodeAt(tag - 1) === BACKSLASH)
                    return null;
                const original = source.slice(at, contentEnd);
                body.push({ type: 'ContentStatement', original, value: original, loc: this.loc(at, contentEnd) });
            }
            if (tag === -1)
                break;
            const end = this.tag(tag, body);
            if (end === -1)
                return null;
            body = this.open.length > 0 ? this.open[this.open.length - 1].body : root;
            at = end;
        }
        return this.open.length === 0 ? root : null;
    }
    /** Reads the tag at `start` into `body` (or the block stack); returns its end, or -1. */
    tag(start, body) {
        const source = this.source;
        const kind = source.charCodeAt(start + 2);
        if (kind === BANG)
            return this.comment(start, body);
        if (kind === HASH) {
            if (this.open.length >= MAX_DEPTH)
                return -1;
            const tag = this.expressions(start + 3, 2);
            if (!tag)
                return -1;
            const [helper, ...params] = tag.paths;
            const block = {
                type: 'BlockStatement',
                path: path(helper),
                params: params.map(path),
                program: { type: 'Program', body: [] },
                inverse: undefined,
                loc: undefined,
            };
            this.open.push({ start, block, body: block.program.body });
            body.push(block);
            return tag.end;
        }
        if (kind === SLASH) {
            const tag = this.expressions(start + 3, 2);
            const open = this.open.pop();
            if (!tag || tag.paths.length !== 1 || !open || open.block.path.original !== tag.paths[0])
                return -1;
            open.block.loc = this.loc(open.start, tag.end);
            return tag.end;
        }
        if (kind === OPEN_BRACE) {
            // {{{{raw}}}} blocks are not in the subset: a name must follow "{{{".
            const tag = this.expressions(start + 3, 3);
            if (!tag)
                return -1;
            body.push(this.mustache(start, tag, false));
            return tag.end;
        }
        const afterElse = this.elseTag(start);
        if (afterElse !== null) {
            const open = this.open[this.open.length - 1];
            if (afterElse === -1 || !open || open.block.inverse)
                return -1;
            open.block.inverse = { type: 'Program', body: [] };
            open.body = open.block.inverse.body;
            return afterElse;
        }
        const tag = this.expressions(start + 2, 2);
        if (!tag)
            return -1;
        body.push(this.mustache(start, tag, true));
        return tag.end;
    }
    mustache(start, tag, escaped) {
        const [name, ...params] = tag.paths;
        return { type: 'MustacheStatement', path: path(name), params: params.map(path), hash: undefined, escaped, loc: this.loc(start, tag.end) };
    }
    /**
     * `{{else}}` (spaces allowed): the offset after it. -1 for any other tag the lexer reads
     * as an else (`{{else if x}}`, `{{else-x}}`); null when the tag is not an else.
     */
    elseTag(start) {
        const source = this.source;
        let at = skipSpaces(source, start + 2);
        if (!source.startsWith('else', at) || isWordCharacter(source.charCodeAt(at + 4)))
            return null;
        at = skipSpaces(source, at + 4);
        if (!source.startsWith('}}', at) || source.charCodeAt(at + 2) === CLOSE_BRACE)
            return -1;
        return at + 2;
    }
    /**
     * Paths separated by spaces from `at`, then `braces` closing braces ("}}" or "}}}").
     * Null when anything else is there.
     */
    expressions(at, braces) {
        const source = this.source;
        const paths = [];
        at = skipSpaces(source, at);
        for (;;) {
            const end = pathEnd(source, at);
            if (end === -1)
                return null;
            paths.push(source.slice(at, end));
            at = skipSpaces(source, end);
            if (source.charCodeAt(at) === CLOSE_BRACE)
                break;
            // Paths must be separated (the lexer's lookahead); "a(b)", "a=b", "a~" are not paths.
            if (at === end)
                return null;
        }
        for (let i = 0; i < braces; i++)
            if (source.charCodeAt(at + i) !== CLOSE_BRACE)
                return null;
        // One more brace: the lexer reads "}}}" as the close of a "{{{" tag even after "{{".
        if (source.charCodeAt(at + braces) === CLOSE_BRACE)
            return null;
        return { paths, end: at + braces };
    }
    /** `{{! x }}` or `{{!-- x --}}`. */
    comment(start, body) {
        const source = this.source;
        let value;
        let end;
        if (source.startsWith('{{!--', start)) {
            const close = longCommentClose(source, start);
            // Unclosed, closed by "--~}}", or "{{!--}}" (the opener's dashes close it too).
            if (close < start + 5)
                return -1;
            value = source.slice(start + 5, close);
            end = close + 4;
        }
        else {
            const close = source.indexOf('}}', start + 3);
            if (close === -1)
                return -1;
            value = source.slice(start + 3, close);
            // Handlebars drops leading/trailing dashes and reads a trailing "~" as whitespace control.
            const first = value.charCodeAt(0);
            const last = value.charCodeAt(value.length - 1);
            if (first === DASH || first === TILDE || last === DASH || last === TILDE)
                return -1;
            end = close + 2;
        }
        body.push({ type: 'CommentStatement', value, loc: this.loc(start, end) });
        return end;
    }
    /** Handlebars' location of source[start, end): 1-based lines, 0-based UTF-16 columns. */
    loc(start, end) {
        return { start: this.position(start), end: this.position(end) };
    }
    position(offset) {
        const lineStarts = this.lineStarts;
        let low = 0;
        let high = lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (lineStarts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - lineStarts[low] };
    }
}
/**
 * Where the long comment opened at `start` closes: the first "--}}" from its start (the
 * lexer's rule; the opener's own dashes count). -1 when it does not close, or closes with
 * "--~}}" (whitespace control) first. The scan stops at the closer, so it is linear overall.
 */
function longCommentClose(source, start) {
    for (let at = source.indexOf('--', start); at !== -1; at = source.indexOf('--', at + 1)) {
        if (source.startsWith('}}', at + 2))
            return at;
        if (source.startsWith('~}}', at + 2))
            return -1;
    }
    return -1;
}
function path(original) {
    return { type: 'PathExpression', original };
}
function skipSpaces(source, at) {
    while (source.charCodeAt(at) === SPACE)
        at++;
    return at;
}
/**
 * End of the path at `at`: segments of ASCII letters, digits, `_`, `$` and `-` (not starting
 * with a digit or `-`, not a keyword) joined by dots. -1 when there is none.
 */
function pathEnd(source, at) {
    for (;;) {
        const start = at;
        if (!isSegmentStart(source.charCodeAt(at)))
            return -1;
        at++;
        while (isSegmentCharacter(source.charCodeAt(at)))
            at++;
        if (at - start <= LONGEST_KEYWORD && KEYWORDS.has(source.slice(start, at)))
            return -1;
        if (source.charCodeAt(at) !== DOT)
            return at;
        at++;
    }
}
function isSegmentStart(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === UNDERSCORE || c === DOLLAR;
}
function isSegmentCharacter(c) {
    return isSegmentStart(c) || (c >= 48 && c <= 57) || c === DASH;
}
/** A character `\b` sees as a word character. */
function isWordCharacter(c) {
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === UNDERSCORE;
}
//# sourceMappingURL=handlebars-subset.js.map