import type { ParseProblem } from './types.js';
import { linesOf } from './lines.js';

/** An `<!-- smslint… -->` comment that fills its line(s): never sent. */
export interface SmslintCommentLines {
  /** `<!--` through `-->`. */
  start: number;
  end: number;
  /** First line's start and the offset after the last line's break. */
  lineStart: number;
  lineNext: number;
  /** Inner text, trimmed, line breaks as LF: "smslint-disable text-speak". */
  value: string;
  /** Offset of the inner text (just after `<!--`). */
  innerStart: number;
}

const OPEN = /^[ \t]*<!--/;
const SMSLINT = /^\s*smslint(?![\w])/;

/**
 * Finds every comment line `<!-- smslint… -->` in text[from, to): the comment must start
 * its line (after spaces or tabs) and nothing but spaces may follow `-->`. A comment may
 * run over several lines (the YAML metadata form). Anything else is literal text.
 */
export function scanSmslintCommentLines(text: string, from: number, to: number): { comments: SmslintCommentLines[]; problems: ParseProblem[] } {
  const comments: SmslintCommentLines[] = [];
  const problems: ParseProblem[] = [];
  // Every search stays inside [from, to): `text.indexOf` would scan on to the end of the
  // document, once per section of a catalog (quadratic in its size). A slice of a V8
  // string is a view, not a copy.
  const region = text.slice(from, to);
  if (region.indexOf('<!--') === -1) return { comments, problems };
  const lines = linesOf(text, from, to);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let first = line.start;
    while (first < line.end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (text.charCodeAt(first) !== 60 /* < */) continue;
    const open = OPEN.exec(text.slice(line.start, Math.min(line.end, first + 4)));
    if (!open) continue;
    const innerStart = line.start + open[0].length;
    if (!SMSLINT.test(text.slice(innerStart, Math.min(innerStart + 40, to)))) continue;
    const closeInRegion = region.indexOf('-->', innerStart - from);
    const close = closeInRegion === -1 ? -1 : from + closeInRegion;
    if (close === -1) {
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
    // Text after "-->" on the closing line makes it an ordinary (sent) line.
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
