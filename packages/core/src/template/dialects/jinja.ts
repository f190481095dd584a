import { wholeText } from '../body.js';
import { expressionPaths, outputPath } from './expression-names.js';
import { scanAll } from './scan-all.js';
import { renderNodes } from './node-render.js';
import { parseLexed, TextRuns, type Lexed, type TagGrammar, type TagToken } from './tag-tree.js';
import type { Dialect, DialectInput, DialectParse } from './types.js';

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'true', 'false', 'none', 'True', 'False', 'None', 'defined', 'undefined', 'loop']);

const GRAMMAR: TagGrammar = {
  title: 'Jinja',
  code: 'jinja-syntax',
  blocks: {
    if: { role: 'if', end: 'endif' },
    for: { role: 'each', end: 'endfor' },
    macro: { role: 'hidden', end: 'endmacro' },
    call: { role: 'hidden', end: 'endcall' },
    // `{% set x %}…{% endset %}` captures (the lexer names it "set-block"); `{% set x = y %}` is silent.
    'set-block': { role: 'hidden', end: 'endset' },
    filter: { role: 'group', end: 'endfilter' },
    block: { role: 'group', end: 'endblock' },
    with: { role: 'group', end: 'endwith' },
    autoescape: { role: 'group', end: 'endautoescape' },
  },
  elseIf: ['elif'],
  else: 'else',
  silent: ['set', 'do', 'import', 'from', 'extends', 'break', 'continue'],
  outputName: (expression) => outputPath(expression, KEYWORDS),
  identifiers: (expression) => expressionPaths(expression, KEYWORDS),
  loop: (args) => {
    // `for item in items`, `for k, v in prices.items() if v`: the collection before any filter.
    const match = /^\s*([\w\s,]+?)\s+in\s+(.+?)(?:\s+if\s+.*|\s+recursive)?\s*$/s.exec(args);
    if (!match) return { collection: args.trim(), binds: 'item' };
    return { collection: expressionPaths(match[2], KEYWORDS)[0] ?? match[2].trim(), binds: match[1].split(',').pop()!.trim() };
  },
  tagText: (name, args) => `{% ${name.replace('set-block', 'set')}${args ? ` ${args}` : ''} %}`,
};

/**
 * Jinja (Python: Jinja2, Django-style notification templates; nunjucks in JS): `{{ name }}`,
 * `{{ user.name | title }}`, `{% if %}…{% elif %}…{% else %}…{% endif %}`,
 * `{% for x in xs %}…{% else %}…{% endfor %}`, `{# comments #}`, `{% raw %}`, `{% set %}`,
 * trim markers `{%-`/`-%}`, default settings (no trim_blocks). No JavaScript Jinja parser
 * exists (nunjucks is Jinja-like but parses only to run templates, without end offsets):
 * this module lexes the syntax by hand, following Jinja's lexer rules for delimiters,
 * strings and whitespace control; test/core/template/dialects/jinja.test.ts holds it to
 * properties that every body must keep.
 */
export const jinja: Dialect = {
  id: 'jinja',
  title: 'Jinja',
  docsAnchor: 'jinja',
  placeholder: (name) => `{{ ${name} }}`,
  parse: parseJinja,
  scan: (masked) => scanAll(/\{%-?\s*(?:if|for|elif|endif|endfor|set)\b[^%\n]*-?%\}|\{#[^#\n]*#\}/g, masked),
  render: renderNodes,
};

function parseJinja(input: DialectInput): DialectParse {
  const source = input.text.slice(input.start, input.end);
  if (!/\{[{%#]/.test(source)) return { nodes: wholeText(input), problems: [], comments: [], visible: null };
  return parseLexed(input, lexJinja(source), GRAMMAR);
}

const CLOSERS: Record<string, string> = { '{{': '}}', '{%': '%}', '{#': '#}' };

/** Body-relative tokens of a Jinja source. */
export function lexJinja(source: string): Lexed {
  const tokens: TagToken[] = [];
  const spans: Array<[number, number]> = [];
  const text = new TextRuns(source, tokens);
  let textStart = 0;
  const opener = /\{[{%#]/g;
  const fail = (at: number, message: string): Lexed => {
    spans.push([at, source.length]);
    return { problem: { code: 'jinja-syntax', message: `Jinja syntax error: ${message}`, range: { start: at, end: Math.min(source.length, at + 2) }, severity: 'error' }, spans };
  };
  for (let match = opener.exec(source); match !== null; match = opener.exec(source)) {
    const open = match.index;
    const kind = match[0];
    const closer = CLOSERS[kind];
    const trimBefore = source[open + 2] === '-';
    let at = open + 2;
    let close = -1;
    if (kind === '{#') {
      close = source.indexOf('#}', at);
    } else {
      let quote = '';
      for (; at < source.length; at++) {
        const c = source[at];
        if (quote) {
          if (c === '\\') at++;
          else if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (source.startsWith(closer, at)) {
          close = at;
          break;
        }
      }
    }
    if (close === -1) return fail(open, `"${kind}" is not closed with "${closer}".`);
    const trimAfter = source[close - 1] === '-' && close - 1 > open + 2;
    const inner = source.slice(open + 2 + (trimBefore || source[open + 2] === '+' ? 1 : 0), trimAfter || source[close - 1] === '+' ? close - 1 : close).trim();
    let end = close + 2;
    text.push(textStart, open, trimBefore);
    text.trimNext = trimAfter;
    spans.push([open, end]);
    if (kind === '{#') tokens.push({ kind: 'comment', start: open, end, value: inner });
    else if (kind === '{{') tokens.push({ kind: 'output', start: open, end, expression: inner });
    else {
      const [, name = '', args = ''] = /^(\w*)\s*([\s\S]*)$/.exec(inner) ?? [];
      if (name === 'raw') {
        // Everything up to {% endraw %} is literal text.
        const endRaw = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
        endRaw.lastIndex = end;
        const found = endRaw.exec(source);
        if (!found) return fail(open, '"{% raw %}" is not closed with "{% endraw %}".');
        text.push(end, found.index, source[found.index + 2] === '-');
        text.trimNext = source[found.index + found[0].length - 3] === '-';
        spans.push([found.index, found.index + found[0].length]);
        end = found.index + found[0].length;
        tokens.push({ kind: 'comment', start: open, end: open, value: '' });
      } else {
        const blockSet = name === 'set' && !/=/.test(args.replace(/(["'])(?:\\.|(?!\1).)*\1/g, ''));
        tokens.push({ kind: 'tag', start: open, end, name: blockSet ? 'set-block' : name, args: args.trim() });
      }
    }
    textStart = end;
    opener.lastIndex = end;
  }
  text.push(textStart, source.length, false);
  return { tokens, spans };
}
