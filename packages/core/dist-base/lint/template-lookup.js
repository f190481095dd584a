import { lastTemplateStartingBy } from '../template/template-at.js';
/**
 * Finds the first template (in file order) whose range `[start, end)` holds an offset.
 * Parsed files list templates in document order without overlap, so the binary search
 * `templateAt` uses answers; a hand-built file that is not ordered so falls back to a scan.
 */
export function templateFinder(file) {
    const templates = file.templates;
    const scan = (offset) => templates.find((t) => offset >= t.range.start && offset < t.range.end);
    for (let i = 0; i < templates.length; i++) {
        const range = templates[i].range;
        if (range.start > range.end || (i > 0 && range.start < templates[i - 1].range.end))
            return scan;
    }
    return (offset) => {
        const found = lastTemplateStartingBy(templates, offset);
        if (found === -1)
            return undefined;
        const template = templates[found];
        // Half-open here (directives belong to the template they stand in), inclusive in templateAt.
        return offset < template.range.end ? template : undefined;
    };
}
//# sourceMappingURL=template-lookup.js.map