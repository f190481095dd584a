import { wholeText } from '../body.js';
import { expressionPaths, outputPath } from './expression-names.js';
import { scanAll } from './scan-all.js';
import { renderNodes } from './node-render.js';
import { parseLexed, TextRuns, type Lexed, type TagGrammar, type TagToken } from './tag-tree.js';
import type { Dialect, DialectInput, DialectParse } from './types.js';

/** Go's template functions and literals: never variables. */
const KEYWORDS = new Set([
  'and', 'or', 'not', 'len', 'index', 'slice', 'print', 'printf', 'println', 'html', 'js', 'urlquery', 'call',
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'nil', 'true', 'false',
]);

const GRAMMAR: TagGrammar = {
  title: 'Go template',
  code: 'go-syntax',
  blocks: {
    if: { role: 'if', end: 'end' },
    range: { role: 'each', end: 'end' },
    with: { role: 'with', end: 'end' },
    define: { role: 'hidden', end: 'end' },
    block: { role: 'group', end: 'end' },
  },
  elseIf: ['else if', 'else with'],
  else: 'else',
  silent: ['break', 'continue', 'declare'],
  outputName: (expression) => outputPath(expression, KEYWORDS),
  identifiers: (expression) => expressionPaths(expression.replace(/^\s*\$[\w]*(?:\s*,\s*\$\w*)?\s*:?=/, ''), KEYWORDS),
  loop: (args) => {
    // `range .Items`, `range $i, $item := .Items`: the item is `.` or the last variable.
    const declared = /^\s*(?:\$\w*\s*,\s*)?(\$\w*)\s*:?=\s*(.*)$/s.exec(args);
    const collection = expressionPaths(declared ? declared[2] : args, KEYWORDS)[0] ?? args.trim();
    return { collection, binds: declared ? declared[1] : '.' };
  },
  tagText: (name, args) => `{{${name}${args ? ` ${args}` : ''}}}`,
};

/**
 * Go text/template (Hugo, Helm, Go services): `{{ .Name }}`, `{{ .User.Name | printf "%s" }}`,
 * `{{if .X}}…{{else if .Y}}…{{else}}…{{end}}`, `{{range .Items}}…{{else}}…{{end}}`,
 * `{{with}}`, comments (`{{/*` to a closing star-slash and `}}`), trim markers `{{- ` and ` -}}`. No JavaScript parser
 * of Go templates is maintained, and the action syntax is small: this module lexes it by
 * hand following the text/template documentation (lexer rules of text/template/parse).
 */
export const go: Dialect = {
  id: 'go',
  title: 'Go template',
  docsAnchor: 'go-templates',
  placeholder: (name) => `{{ .${name} }}`,
  parse: parseGo,
  scan: (masked) => scanAll(/\{\{-? *\.[A-Z]\w*(?:\.\w+)* *-?\}\}/g, masked),
  render: renderNodes,
};

/** The words that make an action a statement (`{{if …}}`); anything else prints. */
const STATEMENTS = /^(if|range|with|define|block|template|end|break|continue|else(?:\s+(?:if|with)\b)?)(?=\s|$)/;

function parseGo(input: DialectInput): DialectParse {
  const source = input.text.slice(input.start, input.end);
  if (!source.includes('{{')) return { nodes: wholeText(input), problems: [], comments: [], visible: null };
  return parseLexed(input, lexGo(source), GRAMMAR);
}

/** Body-relative tokens; actions found with quotes respected (`{{ "}}" }}`). */
export function lexGo(source: string): Lexed {
  const tokens: TagToken[] = [];
  const spans: Array<[number, number]> = [];
  const text = new TextRuns(source, tokens);
  let textStart = 0;
  for (let open = source.indexOf('{{'); open !== -1; open = source.indexOf('{{', textStart)) {
    // "{{- " trims the text before; the dash needs a space after it ("{{-3}}" is a number).
    const trimBefore = /^\{\{- /.test(source.slice(open, open + 4)) || source.slice(open, open + 4) === '{{-\n';
    let at = open + (trimBefore ? 3 : 2);
    let close = -1;
    let quote = '';
    for (; at < source.length; at++) {
      const c = source[at];
      if (quote) {
        if (c === '\\' && quote !== '`') at++;
        else if (c === quote) quote = '';
        else if (c === '\n' && quote !== '`') break;
      } else if (source.startsWith('/*', at)) {
        const commentEnd = source.indexOf('*/', at + 2);
        if (commentEnd === -1) break;
        at = commentEnd + 1;
      } else if (c === '"' || c === '`' || c === "'") quote = c;
      else if (source.startsWith('}}', at)) {
        close = at;
        break;
      }
    }
    if (close === -1) {
      spans.push([open, source.length]);
      return {
        problem: { code: 'go-syntax', message: 'Go template syntax error: an action "{{" is not closed with "}}".', range: { start: open, end: Math.min(source.length, open + 2) }, severity: 'error' },
        spans,
      };
    }
    const trimAfter = close >= 2 && source.slice(close - 2, close) === ' -';
    const inner = source.slice(open + (trimBefore ? 3 : 2), trimAfter ? close - 2 : close).trim();
    const end = close + 2;
    text.push(textStart, open, trimBefore);
    text.trimNext = trimAfter;
    spans.push([open, end]);
    textStart = end;
    if (inner.startsWith('/*')) {
      tokens.push({ kind: 'comment', start: open, end, value: inner.replace(/^\/\*|\*\/$/g, '').trim() });
      continue;
    }
    const statement = STATEMENTS.exec(inner);
    if (statement) {
      const name = statement[1].replace(/\s+/, ' ');
      tokens.push({ kind: 'tag', start: open, end, name, args: inner.slice(statement[0].length).trim() });
    } else if (/^\$\w*(?:\s*,\s*\$\w*)?\s*:?=/.test(inner)) {
      // `{{ $x := .Y }}` declares a variable and prints nothing.
      tokens.push({ kind: 'tag', start: open, end, name: 'declare', args: inner });
    } else {
      tokens.push({ kind: 'output', start: open, end, expression: inner });
    }
  }
  text.push(textStart, source.length, false);
  // `{{template "x"}}` is unknown content (like a partial): the tree builder reads it so.
  return { tokens, spans };
}
