import type { TopLevelToken } from 'liquidjs';
import { visibleOfNodes, visibleOutside, wholeText } from '../body.js';
import { liquidLibrary } from '../lazy-libraries.js';
import type { ParseProblem } from '../types.js';
import { expressionPaths, outputPath } from './expression-names.js';
import { scanAll } from './scan-all.js';
import { renderNodes } from './node-render.js';
import { buildTagTree, type TagGrammar, type TagToken } from './tag-tree.js';
import type { Dialect, DialectInput, DialectParse } from './types.js';

const KEYWORDS = new Set(['and', 'or', 'not', 'contains', 'true', 'false', 'nil', 'null', 'empty', 'blank', 'in', 'with', 'as', 'limit', 'offset', 'reversed', 'size', 'first', 'last']);

/** Liquid's tags in the body model; unknown tags (render, include, cycle) are unknown content. */
const GRAMMAR: TagGrammar = {
  title: 'Liquid',
  code: 'liquid-syntax',
  blocks: {
    if: { role: 'if', end: 'endif' },
    unless: { role: 'unless', end: 'endunless' },
    for: { role: 'each', end: 'endfor' },
    tablerow: { role: 'each', end: 'endtablerow' },
    case: { role: 'case', end: 'endcase' },
    capture: { role: 'hidden', end: 'endcapture' },
    comment: { role: 'hidden', end: 'endcomment' },
  },
  elseIf: ['elsif'],
  else: 'else',
  when: 'when',
  silent: ['assign', 'raw', 'endraw', '#', 'liquid', 'break', 'continue'],
  outputName: (expression) => outputPath(expression, KEYWORDS),
  identifiers: (expression) => expressionPaths(expression, KEYWORDS),
  loop: (args) => {
    const match = /^\s*([\w$]+)\s+in\s+(\S+)/.exec(args);
    return match ? { collection: match[2], binds: match[1] } : { collection: args.trim(), binds: 'item' };
  },
  tagText: (name, args) => `{% ${name}${args ? ` ${args}` : ''} %}`,
};

/**
 * Liquid (Shopify, Jekyll, liquidjs): `{{ customer.first_name | capitalize }}`,
 * `{% if %}…{% elsif %}…{% else %}…{% endif %}`, `{% unless %}`, `{% case %}{% when %}`,
 * `{% for x in xs %}…{% else %}…{% endfor %}`, comments, raw, whitespace control (`{%-`).
 * Tokens (with whitespace control applied) come from liquidjs' own tokenizer.
 */
export const liquid: Dialect = {
  id: 'liquid',
  title: 'Liquid',
  docsAnchor: 'liquid',
  placeholder: (name) => `{{ ${name} }}`,
  parse: parseLiquid,
  scan: (masked) => scanAll(/\{%-?\s*(?:if|unless|for|case|assign|capture|endif|endfor)\b[^%\n]*-?%\}/g, masked),
  render: renderNodes,
};

function parseLiquid(input: DialectInput): DialectParse {
  const { text, start, end } = input;
  const source = text.slice(start, end);
  if (!source.includes('{{') && !source.includes('{%')) return { nodes: wholeText(input), problems: [], comments: [], visible: null };
  const { Tokenizer, TokenKind } = liquidLibrary();
  let raw: TopLevelToken[];
  try {
    raw = new Tokenizer(source).readTopLevelTokens();
  } catch (error) {
    const token = (error as { token?: { begin: number; end: number } }).token;
    const from = start + (token?.begin ?? 0);
    const to = start + (token?.end ?? source.length);
    const message = (error instanceof Error ? error.message : String(error)).replace(/, line:\d+, col:\d+$/, '');
    const problem: ParseProblem = { code: 'liquid-syntax', message: `Liquid syntax error: ${message}.`, range: { start: from, end: Math.max(from + 1, to) }, severity: 'error' };
    return { nodes: [], problems: [problem], comments: [], visible: lexicalVisible(source) };
  }
  const tokens: TagToken[] = raw.map((token): TagToken => {
    const from = start + token.begin;
    const to = start + token.end;
    // Token kinds, not class names: bundlers rename classes.
    if (token.kind === TokenKind.HTML) {
      const html = token as unknown as { trimLeft: number; trimRight: number };
      return { kind: 'text', start: from + html.trimLeft, end: Math.max(from + html.trimLeft, to - html.trimRight) };
    }
    if (token.kind === TokenKind.Output) return { kind: 'output', start: from, end: to, expression: (token as unknown as { content: string }).content };
    const tag = token as unknown as { name: string; args: string };
    // `{% echo x %}` prints like `{{ x }}`.
    if (tag.name === 'echo') return { kind: 'output', start: from, end: to, expression: tag.args };
    return { kind: 'tag', start: from, end: to, name: tag.name, args: tag.args.trim() };
  });
  const tree = buildTagTree(tokens, input, GRAMMAR);
  if (tree.problems.length > 0) return { nodes: [], problems: tree.problems, comments: [], visible: lexicalVisible(source) };
  return { nodes: tree.nodes, problems: [], comments: [], visible: visibleOfNodes(tree.nodes, start) };
}

/** Without a tree: everything between `{{`/`{%` and its closer (or the line end) is masked. */
function lexicalVisible(source: string): Array<[number, number]> {
  const spans = scanAll(/\{\{[\s\S]*?(?:\}\}|$)|\{%[\s\S]*?(?:%\}|$)/gm, source).map((m): [number, number] => [m.start, m.end]);
  return visibleOutside(source.length, spans);
}
