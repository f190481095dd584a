import { lineAt } from './lines.js';
const FENCE = /^---[ \t]*$/;
/**
 * Finds YAML front matter: a `---` line first in the file (after a BOM), up to the next
 * `---` line — the same fences remark-frontmatter recognises.
 */
export function scanFrontMatter(text) {
    const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    if (!text.startsWith('---', start))
        return { kind: 'none', after: start };
    const first = lineAt(text, start);
    if (!FENCE.test(text.slice(first.start, first.end)) || first.next === first.end)
        return { kind: 'none', after: start };
    // Walk lines lazily: only the front matter itself is read, however long the file.
    for (let line = lineAt(text, first.next); line.start < text.length; line = lineAt(text, line.next)) {
        if (line.end - line.start >= 3 && text.startsWith('---', line.start) && FENCE.test(text.slice(line.start, line.end))) {
            return {
                kind: 'found',
                range: { start: first.start, end: line.end },
                content: { start: first.next, end: line.start },
                after: line.next,
            };
        }
        if (line.next === line.end)
            break;
    }
    return { kind: 'unterminated', opening: { start: first.start, end: first.end }, after: start };
}
//# sourceMappingURL=front-matter.js.map