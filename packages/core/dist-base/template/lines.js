/**
 * Lines of text[from, to). Breaks are LF, CRLF and lone CR — the same rule Markdown,
 * Handlebars' lexer and LSP use, so line numbers agree everywhere.
 */
export function linesOf(text, from = 0, to = text.length) {
    const lines = [];
    let start = from;
    // Searching a slice keeps the scan inside [from, to) (a CRLF split by `to` is a lone CR).
    forEachBreak(text.slice(from, to), (end, next) => {
        lines.push({ start, end: from + end, next: from + next });
        start = from + next;
    });
    if (start < to || lines.length === 0)
        lines.push({ start, end: to, next: to });
    return lines;
}
/** The line starting at `start`. */
export function lineAt(text, start) {
    let end = start;
    while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13)
            break;
        end++;
    }
    const next = end < text.length ? (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1) : end;
    return { start, end, next };
}
/** Offsets at which each line of `text` starts (lineStarts[0] === 0). */
export function lineStartsOf(text) {
    const starts = [0];
    forEachBreak(text, (_end, next) => starts.push(next));
    return starts;
}
/**
 * Calls `visit` for each line break of `text` in order: where it starts, and the offset
 * after it (CRLF is one break). indexOf jumps from break to break (a native scan) instead
 * of testing every character in JavaScript.
 */
function forEachBreak(text, visit) {
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf !== -1 || cr !== -1) {
        if (cr === -1 || (lf !== -1 && lf < cr)) {
            visit(lf, lf + 1);
            lf = text.indexOf('\n', lf + 1);
        }
        else {
            let next = cr + 1;
            if (text.charCodeAt(next) === 10) {
                next++;
                lf = text.indexOf('\n', next);
            }
            visit(cr, next);
            cr = text.indexOf('\r', next);
        }
    }
}
export function isBlank(text, line) {
    for (let i = line.start; i < line.end; i++) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 9)
            return false;
    }
    return true;
}
/** What is sent: CRLF and lone CR become LF. */
export function normalizeLineBreaks(text) {
    return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}
//# sourceMappingURL=lines.js.map