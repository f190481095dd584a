/**
 * Where to report a finding about a template as a whole: its `##` heading in a catalog,
 * else its metadata, else its body (single files), else the whole section.
 */
export function templateAnchor(template) {
    if (template.headingRange)
        return template.headingRange;
    if (template.body.range.end > template.body.range.start)
        return trimmedRange(template.body.source, template.body.range);
    if (template.metadataRange)
        return template.metadataRange;
    return template.range;
}
/** `range` of `source` without leading/trailing whitespace (never empty unless all blank). */
export function trimmedRange(source, range) {
    const lead = source.length - source.trimStart().length;
    const trail = source.length - source.trimEnd().length;
    if (lead === source.length)
        return range;
    return { start: range.start + lead, end: range.end - trail };
}
/**
 * Range of a metadata entry (e.g. `sendWindow: 25:00-…` or `sendWindow=…`) in the template's metadata
 * block, else in the file's front matter; undefined when not written in either.
 */
export function metadataKeyRange(file, template, key) {
    const blocks = [template.metadataRange, file.frontMatter?.range].filter((r) => r !== undefined);
    const pattern = new RegExp(`(^|[\\s{,"'])${key}["']?\\s*[:=][ \\t]*[^\\s,}]*`, 'm');
    for (const block of blocks) {
        const slice = file.text.slice(block.start, block.end);
        const match = pattern.exec(slice);
        if (match) {
            const start = block.start + match.index + match[1].length;
            return { start, end: block.start + match.index + match[0].trimEnd().length };
        }
    }
    return undefined;
}
//# sourceMappingURL=template-location.js.map