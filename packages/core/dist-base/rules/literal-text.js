import { scanMustaches } from './mustache-scan.js';
/** Append document[range] to `out` as sent: CRLF and lone CR become LF (sms-facts.md §1). */
function appendRaw(document, range, out) {
    let from = range.start;
    while (from < range.end) {
        const stop = nextCr(document, from, range.end);
        if (stop > from) {
            addRun(out, from);
            out.text += document.slice(from, stop);
        }
        if (stop === range.end)
            return;
        if (stop + 1 < range.end && document.charCodeAt(stop + 1) === 0x0a) {
            from = stop + 1; // CR LF: the CR is dropped, the LF is sent from its own offset
        }
        else {
            addRun(out, stop); // a lone CR is sent as LF from the same offset
            out.text += '\n';
            from = stop + 1;
        }
    }
}
/**
 * The first CR in document[from, end), or `end`. Not `indexOf`: in a document without CRs it
 * would scan on to the end of the file for every text node, quadratic in a large catalog.
 */
function nextCr(document, from, end) {
    for (let i = from; i < end; i++)
        if (document.charCodeAt(i) === 13)
            return i;
    return end;
}
/** Starts a run at the end of the text, unless the last run continues right up to `from`. */
function addRun(out, from) {
    const at = out.text.length;
    const last = out.runs[out.runs.length - 1];
    if (last && last.from + (at - last.at) === from)
        return;
    out.runs.push({ at, from });
}
function appendNodes(document, nodes, out) {
    for (const node of nodes) {
        if (node.type === 'text')
            appendRaw(document, node.range, out);
        else if (node.type === 'block') {
            appendNodes(document, node.program, out);
            if (node.inverse)
                appendNodes(document, node.inverse, out);
        }
    }
}
/**
 * The literal text of a body as runs: the parsed text nodes (every branch of a block
 * included), or, when the body did not parse, the source minus anything that looks like a
 * mustache.
 */
export function literalRuns(template, document) {
    const out = { text: '', runs: [] };
    const { source, range } = template.body;
    if (template.body.nodes.length > 0 || source.trim() === '') {
        appendNodes(document, template.body.nodes, out);
        return out;
    }
    let from = range.start;
    for (const mustache of scanMustaches(source, range.start)) {
        appendRaw(document, { start: from, end: mustache.range.start }, out);
        from = mustache.range.end;
    }
    appendRaw(document, { start: from, end: range.end }, out);
    return out;
}
/** Document offset of the unit at `index` of the literal text (0 ≤ index < text.length). */
export function documentOffset(literal, index) {
    const { runs } = literal;
    let low = 0;
    let high = runs.length - 1;
    // The last run starting at or before `index`.
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (runs[mid].at <= index)
            low = mid;
        else
            high = mid - 1;
    }
    return runs[low].from + (index - runs[low].at);
}
/** The literal text of a body with the document offset of every unit (see `literalRuns`). */
export function literalText(template, document) {
    const literal = literalRuns(template, document);
    const offsets = new Array(literal.text.length);
    for (let i = 0; i < literal.runs.length; i++) {
        const { at, from } = literal.runs[i];
        const end = i + 1 < literal.runs.length ? literal.runs[i + 1].at : literal.text.length;
        for (let unit = at; unit < end; unit++)
            offsets[unit] = from + (unit - at);
    }
    return { text: literal.text, offsets };
}
//# sourceMappingURL=literal-text.js.map