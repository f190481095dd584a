import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linesOf } from '../../../packages/core/src/template/lines.js';
import { scanSmslintCommentLines } from '../../../packages/core/src/template/smslint-comments.js';
import type { ParseProblem } from '../../../packages/core/src/template/types.js';

/**
 * The scan as it was before its searches were kept inside [from, to) (they ran on to the
 * end of the document, once per catalog section: quadratic). Same results, by definition.
 */
function unboundedScan(text: string, from: number, to: number) {
  const comments = [];
  const problems: ParseProblem[] = [];
  const first = text.indexOf('<!--', from);
  if (first === -1 || first >= to) return { comments, problems };
  const lines = linesOf(text, from, to);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let first = line.start;
    while (first < line.end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (text.charCodeAt(first) !== 60) continue;
    const open = /^[ \t]*<!--/.exec(text.slice(line.start, Math.min(line.end, first + 4)));
    if (!open) continue;
    const innerStart = line.start + open[0].length;
    if (!/^\s*smslint(?![\w])/.test(text.slice(innerStart, Math.min(innerStart + 40, to)))) continue;
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
    while (lines[j].end < close + 3) j++;
    if (text.slice(close + 3, lines[j].end).trim() !== '') continue;
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

// Pieces that make comments open, close, split over lines and fall across `to`.
const piece = fc.constantFrom('<!--', '<!-- smslint', '\t<!--smslint-disable text-speak', '-->', '-->\n', '--', '<', ' smslint', 'smslint:', 'x', ' ', '\n', '\r\n', '\r');
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('scanSmslintCommentLines', () => {
  it('finds what the unbounded scan found, for any region of any text', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, a, b) => {
        const from = a % (source.length + 1);
        const to = from + (b % (source.length - from + 1));
        expect(scanSmslintCommentLines(source, from, to)).toEqual(unboundedScan(source, from, to));
      }),
      { numRuns: 3000 },
    );
  });

  it('a comment closed only after the region is unterminated inside it', () => {
    const source = '<!-- smslint-disable text-speak\nthx\n## Next\n-->\n';
    const to = source.indexOf('## Next');
    const { comments, problems } = scanSmslintCommentLines(source, 0, to);
    expect(comments).toEqual([]);
    expect(problems.map((p) => [p.code, p.range])).toEqual([['smslint-comment-unterminated', { start: 0, end: source.indexOf('\n') }]]);
    expect(scanSmslintCommentLines(source, 0, source.length).comments.map((c) => c.value)).toEqual(['smslint-disable text-speak\nthx\n## Next']);
  });
});
