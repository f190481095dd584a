import { buildBody } from './handlebars-body.js';
import { parseFlatMetadata } from './flat-metadata.js';
import { isBlank, linesOf } from './lines.js';
import { mergeMetadata, validateMetadata } from './metadata.js';
import { scanSmslintCommentLines } from './smslint-comments.js';
import { parseYamlBlock } from './yaml-block.js';
/** `smslint:` (flat key=value) or `smslint` then a line break (YAML) opens a metadata comment. */
const METADATA = /^smslint(?::|\s*$|\s*\n)/;
/**
 * Reads text[from, to) after a heading (or after a single file's front matter): metadata
 * comments first (blank lines allowed between), then the body, trimmed of blank lines.
 */
export function readTemplateRegion(text, from, to) {
    const scan = scanSmslintCommentLines(text, from, to);
    const problems = [...scan.problems];
    const byLine = new Map(scan.comments.map((comment) => [comment.lineStart, comment]));
    const lines = linesOf(text, from, to);
    let metadata = {};
    let metadataRange;
    const metadataComments = new Set();
    let index = 0;
    while (index < lines.length) {
        const line = lines[index];
        if (isBlank(text, line)) {
            index++;
            continue;
        }
        const comment = byLine.get(line.start);
        if (!comment || !METADATA.test(comment.value))
            break;
        metadataComments.add(comment);
        const read = readMetadataComment(text, comment);
        metadata = mergeMetadata(metadata, read.metadata);
        problems.push(...read.problems);
        metadataRange = { start: metadataRange?.start ?? comment.start, end: comment.end };
        while (index < lines.length && lines[index].start < comment.lineNext)
            index++;
    }
    while (index < lines.length && isBlank(text, lines[index]))
        index++;
    let last = lines.length - 1;
    while (last >= index && isBlank(text, lines[last]))
        last--;
    const fallback = metadataRange?.end ?? from;
    const bodyStart = index <= last ? lines[index].start : fallback;
    const bodyEnd = index <= last ? lines[last].end : fallback;
    const excluded = scan.comments.filter((comment) => !metadataComments.has(comment));
    for (const comment of excluded) {
        if (METADATA.test(comment.value)) {
            problems.push({
                code: 'metadata-misplaced',
                message: 'smslint metadata must come right under the heading (before the body); this comment is ignored.',
                range: { start: comment.start, end: comment.end },
                severity: 'warning',
            });
        }
    }
    const built = buildBody(text, bodyStart, bodyEnd, excluded);
    problems.push(...built.problems);
    const comments = [
        ...scan.comments.map((comment) => ({ kind: 'html', value: comment.value, range: { start: comment.start, end: comment.end } })),
        ...built.comments,
    ].sort((a, b) => a.range.start - b.range.start);
    return { metadata, metadataRange, body: built.body, problems, comments };
}
function readMetadataComment(text, comment) {
    const inner = text.slice(comment.innerStart, comment.end - 3);
    const word = inner.indexOf('smslint');
    const afterWord = comment.innerStart + word + 'smslint'.length;
    if (text[afterWord] === ':') {
        const flat = parseFlatMetadata(text.slice(afterWord + 1, comment.end - 3), afterWord + 1);
        const checked = validateMetadata(flat.data, flat.locate);
        return { metadata: checked.metadata, problems: [...flat.problems, ...checked.problems] };
    }
    const yaml = parseYamlBlock(text.slice(afterWord, comment.end - 3), afterWord, 'metadata-yaml');
    if (!yaml.data)
        return { metadata: {}, problems: yaml.problems };
    const checked = validateMetadata(yaml.data, yaml.locate);
    return { metadata: checked.metadata, problems: [...yaml.problems, ...checked.problems] };
}
//# sourceMappingURL=template-region.js.map