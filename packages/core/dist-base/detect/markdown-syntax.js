/**
 * Markdown syntax in a body: SMS shows it literally ("**Sale**" arrives with asterisks).
 * Emphasis, links, list markers and headings at line start, blockquotes, code spans.
 */
import { allMatches, asText, dedupeOverlaps } from './scan.js';
const PATTERNS = [
    ['link', /!?\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/g],
    ['emphasis', /\*\*[^*\n]{1,200}\*\*|__[^_\n]{1,200}__|~~[^~\n]{1,200}~~/g],
    ['emphasis', /(?<![\p{L}\p{N}*\\])\*(?=[^\s*])[^*\n]{1,200}(?<=[^\s*])\*(?![\p{L}\p{N}*])/gu],
    ['emphasis', /(?<![\p{L}\p{N}_\\\uFFFC])_(?=[^\s_])[^_\n]{1,200}(?<=[^\s_])_(?![\p{L}\p{N}_\uFFFC])/gu],
    ['code', /```[^\n]*|`[^`\n]{1,200}`/g],
    ['heading', /^[ \t]{0,3}#{1,6}[ \t]+(?=\S)/gm],
    ['list-marker', /^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)/gm],
    ['blockquote', /^[ \t]{0,3}>[ \t]?(?=\S)/gm],
];
export function detectMarkdownSyntax(input) {
    const text = asText(input);
    const out = [];
    for (const [kind, re] of PATTERNS) {
        for (const m of allMatches(text, re)) {
            // Markers at line start match their trailing blank; report the marker alone.
            const match = m.text.replace(/[ \t]+$/, '');
            out.push({ text: match, start: m.start, end: m.start + match.length, kind });
        }
    }
    // Patterns are in priority order: a link's brackets are not also emphasis or a list.
    return dedupeOverlaps(out);
}
//# sourceMappingURL=markdown-syntax.js.map