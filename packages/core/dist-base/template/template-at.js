/**
 * Index of the last template whose range starts at or before `offset` (-1 if none), by
 * binary search. `templates` must be in document order without overlap, as parsed files
 * list them.
 */
export function lastTemplateStartingBy(templates, offset) {
    let low = 0;
    let high = templates.length - 1;
    let found = -1;
    while (low <= high) {
        const mid = (low + high) >> 1;
        if (templates[mid].range.start <= offset) {
            found = mid;
            low = mid + 1;
        }
        else
            high = mid - 1;
    }
    return found;
}
/** The template whose section (heading through body end, inclusive) holds `offset`. */
export function templateAt(file, offset) {
    const found = lastTemplateStartingBy(file.templates, offset);
    if (found === -1)
        return undefined;
    const template = file.templates[found];
    return offset <= template.range.end ? template : undefined;
}
//# sourceMappingURL=template-at.js.map