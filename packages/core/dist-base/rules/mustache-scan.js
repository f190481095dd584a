/**
 * Find every mustache in `source` (a body slice starting at document offset `base`).
 * Handlebars comments `{{!-- … --}}` may contain `}}`, so they are matched first.
 * An unclosed `{{` stops the scan (the parser reports it as a syntax problem).
 */
export function scanMustaches(source, base) {
    const found = [];
    let pos = 0;
    while (true) {
        const open = source.indexOf('{{', pos);
        if (open < 0)
            break;
        if (open > 0 && source[open - 1] === '\\') {
            pos = open + 2; // escaped mustache: literal text
            continue;
        }
        if (source.startsWith('{{!--', open) || source.startsWith('{{~!--', open)) {
            const close = source.indexOf('--', source.indexOf('!--', open) + 3);
            const end = close < 0 ? -1 : source.indexOf('}}', close);
            if (end < 0)
                break;
            found.push({ inner: '', triple: false, comment: true, range: { start: base + open, end: base + end + 2 } });
            pos = end + 2;
            continue;
        }
        const triple = source.startsWith('{{{', open);
        const closeToken = triple ? '}}}' : '}}';
        const close = source.indexOf(closeToken, open + (triple ? 3 : 2));
        if (close < 0)
            break;
        const raw = source.slice(open + (triple ? 3 : 2), close);
        const inner = raw.replace(/^~/, '').replace(/~$/, '').trim();
        found.push({
            inner,
            triple,
            comment: inner.startsWith('!'),
            range: { start: base + open, end: base + close + closeToken.length },
        });
        pos = close + closeToken.length;
    }
    return found;
}
/** Split a mustache expression into tokens, keeping quoted strings whole. */
export function mustacheTokens(inner) {
    return inner.match(/"[^"]*"|'[^']*'|[^\s]+/g) ?? [];
}
//# sourceMappingURL=mustache-scan.js.map