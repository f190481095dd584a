import { linesOf } from './lines.js';
const OPEN = /^[ \t]*<!--/;
const SMSLINT = /^\s*smslint(?![\w])/;
/**
 * Finds every comment line `<!-- smslint… -->` in text[from, to): the comment must start
 * its line (after spaces or tabs) and nothing but spaces may follow `-->`. A comment may
 * run over several lines (the YAML metadata form). Anything else is literal text.
 */
export function scanSmslintCommentLines(text, from, to) {
    const comments = [];
    const problems = [];
    const first = text.indexOf('<!--', from);
    if (first === -1 || first >= to)
        return { comments, problems };
    const lines = linesOf(text, from, to);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        let first = line.start;
        while (first < line.end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9))
            first++;
        if (text.charCodeAt(first) !== 60 /* < */)
            continue;
        const open = OPEN.exec(text.slice(line.start, Math.min(line.end, first + 4)));
        if (!open)
            continue;
        const innerStart = line.start + open[0].length;
        if (!SMSLINT.test(text.slice(innerStart, Math.min(innerStart + 40, to))))
            continue;
        const close = text.indexOf('-->', innerStart);
        if (close === -1 || close + 3 > to) {
            problems.push({
                code: 'smslint-comment-unterminated',
                message: 'This smslint comment is not closed by "-->", so it is sent as text.',
                range: { start: innerStart - 4, end: line.end },
                severity: 'warning',
            });
            continue;
        }
        let j = i;
        while (lines[j].end < close + 3)
            j++;
        // Text after "-->" on the closing line makes it an ordinary (sent) line.
        if (text.slice(close + 3, lines[j].end).trim() !== '')
            continue;
        comments.push({
            start: innerStart - 4,
            end: close + 3,
            lineStart: line.start,
            lineNext: lines[j].next,
            value: text.slice(innerStart, close).replace(/\r\n?/g, '\n').trim(),
            innerStart,
        });
        i = j;
    }
    return { comments, problems };
}
//# sourceMappingURL=smslint-comments.js.map