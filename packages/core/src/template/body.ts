import type { Dialect, DialectInput } from './dialects/types.js';
import { normalizeLineBreaks } from './lines.js';
import type { SmslintCommentLines } from './smslint-comments.js';
import type { BodyNode, ParseProblem, SmslintComment, TemplateBody, TextNode } from './types.js';

/** Masks placeholders so detectors never read them as words (same UTF-16 length). */
export const MASK = '\uFFFC';

export interface BuiltBody {
  body: TemplateBody;
  problems: ParseProblem[];
  /** Inline smslint comments written in the dialect's comment syntax. */
  comments: SmslintComment[];
}

/**
 * Builds the body model of text[start, end) in a placeholder dialect: its nodes with
 * document ranges, the masked source and the sent text. `excluded` are smslint comment
 * lines inside the body, which are never sent. Never throws: syntax errors are problems.
 */
export function buildBody(text: string, start: number, end: number, excluded: readonly SmslintCommentLines[], dialect: Dialect): BuiltBody {
  const source = text.slice(start, end);
  const parsed = dialect.parse({ text, start, end, excluded });
  const hidden = excluded.map((line): [number, number] => [Math.max(line.start, start) - start, Math.min(line.end, end) - start]);
  const masked = maskText(source, parsed.visible ?? [[0, source.length]], hidden);
  const sent = trimBlankLines(normalizeLineBreaks(cut(text, start, end, excluded)));
  return {
    body: { source, range: { start, end }, nodes: parsed.nodes, masked, text: sent, dialect: dialect.id },
    problems: parsed.problems,
    comments: parsed.comments,
  };
}

/** The whole input as one text node (a body without placeholders); [] when empty. */
export function wholeText(input: DialectInput): BodyNode[] {
  const { text, start, end, excluded } = input;
  return end > start ? [{ type: 'text', value: normalizeLineBreaks(cut(text, start, end, excluded)), range: { start, end } }] : [];
}

/** A text node for document text[from, to) as sent (excluded lines dropped); null when empty. */
export function textBetween(input: DialectInput, from: number, to: number): TextNode | null {
  if (to <= from) return null;
  return { type: 'text', value: normalizeLineBreaks(cut(input.text, from, to, input.excluded)), range: { start: from, end: to } };
}

/** text[start, end) without the excluded comment lines (their line breaks included). */
export function cut(text: string, start: number, end: number, excluded: readonly SmslintCommentLines[]): string {
  let out = '';
  let at = start;
  for (const line of excluded) {
    if (line.lineNext <= at || line.lineStart >= end) continue;
    out += text.slice(at, Math.max(at, line.lineStart));
    at = Math.max(at, Math.min(line.lineNext, end));
  }
  return out + text.slice(at, end);
}

/** `text` (LF breaks) without its leading and trailing blank lines, breaks included. */
function trimBlankLines(text: string): string {
  // Each pattern needs a blank or a break at its end of the text: most bodies skip both scans.
  const blankOrBreak = (c: number) => c === 32 || c === 9 || c === 10;
  let out = text;
  if (blankOrBreak(out.charCodeAt(0))) out = out.replace(/^(?:[ \t]*\n)+/, '');
  if (blankOrBreak(out.charCodeAt(out.length - 1))) out = out.replace(/(?:\n[ \t]*)+$/, '');
  return out;
}

/** Widens a problem's range so neither end falls between the halves of a surrogate pair. */
export function onCodePoints(text: string, problem: ParseProblem): ParseProblem {
  const splits = (at: number) =>
    at > 0 && at < text.length && /[\uD800-\uDBFF]/.test(text[at - 1]) && /[\uDC00-\uDFFF]/.test(text[at]);
  const start = splits(problem.range.start) ? problem.range.start - 1 : problem.range.start;
  const end = splits(problem.range.end) ? problem.range.end + 1 : problem.range.end;
  return start === problem.range.start && end === problem.range.end ? problem : { ...problem, range: { start, end } };
}

/** Body-relative visible ranges: the complement of sorted, non-overlapping placeholder spans. */
export function visibleOutside(length: number, spans: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const visible: Array<[number, number]> = [];
  let at = 0;
  for (const [from, to] of spans) {
    if (from > at) visible.push([at, from]);
    at = Math.max(at, to);
  }
  if (at < length) visible.push([at, length]);
  return visible;
}

/** Body-relative ranges of every text node (all branches), sorted: what `masked` shows. */
export function visibleOfNodes(nodes: readonly BodyNode[], bodyStart: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const walk = (list: readonly BodyNode[]) => {
    for (const node of list) {
      if (node.type === 'text') ranges.push([node.range.start - bodyStart, node.range.end - bodyStart]);
      else if (node.type === 'block') {
        walk(node.program);
        if (node.inverse) walk(node.inverse);
      }
    }
  };
  walk(nodes);
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** `source` with U+FFFC outside the visible ranges and inside the hidden ones (both sorted). */
function maskText(source: string, visible: Array<[number, number]>, hidden: Array<[number, number]>): string {
  let out = '';
  let at = 0;
  let h = 0;
  for (const [from, to] of visible) {
    out += MASK.repeat(Math.max(0, from - at));
    let cursor = Math.max(from, at);
    while (h < hidden.length && hidden[h][1] <= cursor) h++;
    for (let k = h; k < hidden.length && hidden[k][0] < to; k++) {
      const [hideFrom, hideTo] = hidden[k];
      if (hideFrom > cursor) out += source.slice(cursor, hideFrom);
      const stop = Math.min(hideTo, to);
      if (stop > Math.max(cursor, hideFrom)) out += MASK.repeat(stop - Math.max(cursor, hideFrom));
      cursor = Math.max(cursor, stop);
    }
    if (to > cursor) out += source.slice(cursor, to);
    at = Math.max(at, to);
  }
  return out + MASK.repeat(Math.max(0, source.length - at));
}
