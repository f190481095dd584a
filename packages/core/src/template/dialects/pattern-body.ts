import { textBetween, visibleOfNodes, wholeText } from '../body.js';
import type { BodyNode } from '../types.js';
import type { DialectInput, DialectParse } from './types.js';

/**
 * What one match of a dialect's placeholder pattern stands for: a node (document range =
 * the match), literal text (an escape such as `%%` → "%"), or nothing (a comment).
 */
export type PatternNode = BodyNode | { type: 'literal'; value: string } | null;

/**
 * Reads a body in a dialect without nesting (Rails, printf, Notify): the text between the
 * matches of a global `pattern` is literal; each match becomes what `toNode` says.
 */
export function parseByPattern(
  input: DialectInput,
  pattern: RegExp,
  toNode: (match: RegExpExecArray, range: { start: number; end: number }) => PatternNode,
): DialectParse {
  const { text, start, end } = input;
  const source = text.slice(start, end);
  pattern.lastIndex = 0;
  let match = pattern.exec(source);
  if (match === null) return { nodes: wholeText(input), problems: [], comments: [], visible: null };
  const nodes: BodyNode[] = [];
  let at = 0;
  for (; match !== null; match = pattern.exec(source)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const from = match.index;
    const to = from + match[0].length;
    const node = toNode(match, { start: start + from, end: start + to });
    const before = textBetween(input, start + at, start + from);
    if (node?.type === 'literal') {
      // An escape: its value joins the text around it (the range stays the written one).
      if (before) nodes.push(before);
      nodes.push({ type: 'text', value: node.value, range: { start: start + from, end: start + to } });
      at = to;
      continue;
    }
    if (before) nodes.push(before);
    if (node) nodes.push(node);
    at = to;
  }
  const after = textBetween(input, start + at, end);
  if (after) nodes.push(after);
  return { nodes, problems: [], comments: [], visible: visibleOfNodes(nodes, start) };
}
