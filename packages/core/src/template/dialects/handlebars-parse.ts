import { handlebarsParserLibrary } from '../lazy-libraries.js';
import type { OffsetRange } from '../../text/range.js';
import type { BodyNode, ParseProblem, SmslintComment } from '../types.js';
import { cut, onCodePoints, visibleOutside, wholeText } from '../body.js';
import { parseHandlebarsSubset } from './handlebars-subset.js';
import { lineStartsOf, normalizeLineBreaks } from '../lines.js';
import type { SmslintCommentLines } from '../smslint-comments.js';
import type { DialectInput, DialectParse } from './types.js';

type Located = { loc?: hbs.AST.SourceLocation };

/** Handlebars' block helpers; any other path without arguments opens a Mustache section. */
const BUILT_IN_BLOCKS = new Set(['if', 'unless', 'each', 'with']);

/** Deepest block nesting analysed; real templates use a handful of levels. */
export const MAX_BLOCK_DEPTH = 64;

class TooDeep extends Error {}

/** The parts of Handlebars' jison lexer read after a parse error. */
interface JisonLexer {
  yylloc?: { first_line: number; first_column: number; last_line: number; last_column: number };
  _input?: string;
}

/**
 * Reads a Handlebars body: nodes with document ranges and the literal text's ranges.
 * Never throws: a Handlebars syntax error is a located problem, and the body is then
 * masked lexically so detectors and directives keep working.
 */
export function parseHandlebarsBody(
  input: DialectInput,
  /** false: always Handlebars' own parser (tests compare the two paths). */
  useSubsetParser = true,
): DialectParse {
  const { text, start, end, excluded } = input;
  const source = text.slice(start, end);
  const problems: ParseProblem[] = [];
  const comments: SmslintComment[] = [];
  // Ranges of source (relative) that stay visible in `masked`; null: all of it.
  let visible: Array<[number, number]> | null = null;
  let nodes: BodyNode[] = [];

  if (source.indexOf('{{') === -1) {
    nodes = wholeText(input);
  } else {
    const lineStarts = lineStartsOf(source);
    // Handlebars counts lines like we do (LF, CRLF, lone CR) and columns in UTF-16 units.
    const offsetOf = (pos: hbs.AST.Position): number =>
      start + Math.min(source.length, (lineStarts[pos.line - 1] ?? source.length) + pos.column);
    const rangeOf = (node: Located): OffsetRange =>
      node.loc ? { start: offsetOf(node.loc.start), end: offsetOf(node.loc.end) } : { start, end: start };
    // Most bodies are in the subset a faster parser reads into the same tree (it refuses
    // deep nesting); Handlebars parses the rest and reports every error.
    let program: hbs.AST.Program | null = useSubsetParser ? parseHandlebarsSubset(source, lineStarts) : null;
    if (!program) {
      if (lexicalBlockDepth(source) > MAX_BLOCK_DEPTH) {
        // Handlebars' parser slows down sharply with nesting depth (seconds at a few thousand
        // levels), so absurd nesting is refused before parsing: an editor must never hang.
        problems.push(tooDeepProblem(start, end));
      } else {
        try {
          program = handlebarsParserLibrary().parse(source);
        } catch (error) {
          problems.push(onCodePoints(text, withDialectHint(syntaxProblem(error, offsetOf, start, end), source)));
        }
      }
    }
    if (program) {
      const shown: Array<[number, number]> = (visible = []);
      let depth = 0;
      /** Mustache sections around the statement being converted, innermost last. */
      const sections: string[] = [];
      const convert = (statements: hbs.AST.Statement[]): BodyNode[] => {
        const out: BodyNode[] = [];
        if (++depth > MAX_BLOCK_DEPTH) throw new TooDeep();
        for (const statement of statements) {
          const node = convertStatement(statement);
          if (node) out.push(node);
        }
        depth--;
        return out;
      };
      const convertStatement = (statement: hbs.AST.Statement): BodyNode | null => {
        const range = rangeOf(statement);
        switch (statement.type) {
          case 'ContentStatement': {
            const content = statement as hbs.AST.ContentStatement;
            shown.push([range.start - start, range.end - start]);
            return textNode(text, content, range, excluded);
          }
          case 'MustacheStatement': {
            const mustache = statement as hbs.AST.MustacheStatement;
            let name = mustache.params.length > 0 || mustache.hash ? text.slice(range.start, range.end).replace(/^\{\{\{?~?|~?\}?\}\}$/g, '').trim() : expression(mustache.path, text, rangeOf);
            // `{{.}}` in a Mustache section `{{#items}}…{{/items}}` prints the section's value.
            if ((name === '.' || name === 'this') && sections.length > 0) name = sections[sections.length - 1];
            return { type: 'variable', name, escaped: mustache.escaped !== false, range };
          }
          case 'BlockStatement': {
            const block = statement as hbs.AST.BlockStatement;
            const helper = expression(block.path, text, rangeOf);
            const section = block.params.length === 0 && !block.hash && block.path.type === 'PathExpression' && !BUILT_IN_BLOCKS.has(helper);
            if (section) sections.push(helper);
            const program = block.program ? convert(block.program.body) : [];
            if (section) sections.pop();
            return {
              type: 'block',
              helper,
              params: block.params.map((param) => paramText(param, text, rangeOf)),
              range,
              program,
              inverse: block.inverse ? convert(block.inverse.body) : null,
            };
          }
          case 'PartialStatement':
          case 'PartialBlockStatement': {
            const partial = statement as hbs.AST.PartialStatement;
            return { type: 'partial', name: expression(partial.name, text, rangeOf), range };
          }
          case 'CommentStatement': {
            const comment = statement as hbs.AST.CommentStatement;
            const value = comment.value.trim();
            if (/^smslint(?!\w)/.test(value)) comments.push({ kind: 'handlebars', value, range });
            return { type: 'comment', value: comment.value, range };
          }
          default:
            // Decorators ({{* x}}) are a deprecated Handlebars feature; nothing of them is sent.
            problems.push({
              code: 'handlebars-unsupported',
              message: `Handlebars ${statement.type} is not supported in SMS templates.`,
              range,
              severity: 'warning',
            });
            return { type: 'comment', value: '', range };
        }
      };
      try {
        nodes = convert(program.body);
      } catch (error) {
        if (!(error instanceof TooDeep)) throw error;
        // Analysis recurses over blocks; absurd nesting is reported and read as literal text.
        problems.push(tooDeepProblem(start, end));
        nodes = [];
        comments.length = 0;
        visible = maskMustachesLexically(source, start, comments);
      }
    } else {
      visible = maskMustachesLexically(source, start, comments);
    }
  }
  return { nodes, problems, comments, visible };
}

/** A syntax error in a body that looks written for another dialect says which one. */
function withDialectHint(problem: ParseProblem, source: string): ParseProblem {
  const hint = /\{\{-?\s*(?:\.[A-Za-z_]|(?:if|range|with)\s+\.|end\s*\}\})/.test(source)
    ? 'the body looks like a Go template: set "placeholders": "go"'
    : /\{\{\s*[\w.$]+\s*\|\s*\w+[^}]*\}\}/.test(source)
      ? 'the body uses Liquid or Jinja filters: set "placeholders": "liquid" or "jinja"'
      : undefined;
  if (!hint) return problem;
  // The fix leads (the first sentence is what a terminal row shows); the parser's words follow.
  const rest = problem.message.replace(/^Handlebars syntax error: /, '');
  return { ...problem, message: `Handlebars syntax error: ${hint}. ${rest.charAt(0).toUpperCase()}${rest.slice(1)}` };
}

function tooDeepProblem(start: number, end: number): ParseProblem {
  return {
    code: 'handlebars-too-deep',
    message: `Blocks are nested more than ${MAX_BLOCK_DEPTH} levels deep; the body is not analysed.`,
    range: { start, end },
    severity: 'error',
  };
}

/** Block nesting as written ({{#x}}/{{^x}} open, {{/x}} closes), comments skipped. */
function lexicalBlockDepth(source: string): number {
  const tags = /\{\{!--[\s\S]*?--~?\}\}|\{\{~?!(?:[^}]|\}(?!\}))*\}\}|\{\{~?([#/^])\s*([^}\s~]?)/g;
  let depth = 0;
  let deepest = 0;
  for (let match = tags.exec(source); match !== null; match = tags.exec(source)) {
    if (match[1] === '#' || (match[1] === '^' && match[2])) deepest = Math.max(deepest, ++depth);
    else if (match[1] === '/') depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** The text a ContentStatement sends, with the range of exactly those characters. */
function textNode(text: string, content: hbs.AST.ContentStatement, range: OffsetRange, excluded: readonly SmslintCommentLines[]): BodyNode | null {
  const value = content.value;
  const original = (content as unknown as { original: string }).original;
  if (value === '') return null;
  // Whitespace control and standalone lines strip whitespace around `value`; an escaped
  // "\{{" drops its backslash, so the loc can be one unit longer than `original`.
  let lead = 0;
  // Most text is sent as written (value === original): no lead to look for.
  if (value !== original) {
    while (lead < original.length && !original.startsWith(value, lead) && /\s/.test(original[lead])) lead++;
    if (!original.startsWith(value, lead)) lead = 0;
  }
  const from = range.start + lead;
  const to = Math.min(range.end, from + value.length + (range.end - range.start - original.length));
  const overlaps = excluded.some((line) => line.lineStart < to && line.lineNext > from);
  const sent = overlaps ? cut(text, from, to, excluded) : value;
  return { type: 'text', value: normalizeLineBreaks(sent), range: { start: from, end: Math.max(from, to) } };
}

/** Expression as written: a path ("customer.name"), a literal, or a sub-expression's source. */
const LITERAL_TYPES = new Set(['StringLiteral', 'NumberLiteral', 'BooleanLiteral', 'UndefinedLiteral', 'NullLiteral']);

/**
 * A block parameter as written: a literal keeps its quotes (`{{#if "x"}}` holds `"x"`, not
 * the path `x`), so nothing reads it as a variable; a path is its original text.
 */
function paramText(node: hbs.AST.Expression, text: string, rangeOf: (node: Located) => OffsetRange): string {
  if (!LITERAL_TYPES.has(node.type)) return expression(node, text, rangeOf);
  const range = rangeOf(node as Located);
  return text.slice(range.start, range.end);
}

function expression(node: hbs.AST.Expression, text: string, rangeOf: (node: Located) => OffsetRange): string {
  const path = node as Partial<hbs.AST.PathExpression>;
  if (typeof path.original === 'string') return path.original;
  const literal = node as Partial<hbs.AST.StringLiteral>;
  if (literal.value !== undefined && node.type !== 'SubExpression') return String(literal.value);
  const range = rangeOf(node as Located);
  return text.slice(range.start, range.end);
}



function syntaxProblem(error: unknown, offsetOf: (pos: hbs.AST.Position) => number, start: number, end: number): ParseProblem {
  const raw = error instanceof Error ? error.message : String(error);
  const located = error as { lineNumber?: number; column?: number; endLineNumber?: number; endColumn?: number };
  let range: OffsetRange;
  if (typeof located.lineNumber === 'number' && typeof located.column === 'number') {
    const from = offsetOf({ line: located.lineNumber, column: located.column });
    const to = typeof located.endLineNumber === 'number' && typeof located.endColumn === 'number'
      ? offsetOf({ line: located.endLineNumber, column: located.endColumn })
      : from;
    range = { start: from, end: Math.max(from, to) };
  } else {
    // Jison parse errors carry no location; the shared lexer still holds the offending token.
    const lexer = (handlebarsParserLibrary().parser as { lexer?: JisonLexer } | undefined)?.lexer;
    const loc = lexer?.yylloc;
    if (/^Lexical error/.test(raw) && typeof lexer?._input === 'string') {
      // Unrecognised text: the lexer stopped right before it.
      const at = Math.max(start, Math.min(end, end - lexer._input.length));
      range = { start: at, end: Math.min(end, at + 1) };
    } else {
      range = loc
        ? { start: offsetOf({ line: loc.first_line, column: loc.first_column }), end: offsetOf({ line: loc.last_line, column: loc.last_column }) }
        : { start, end };
    }
  }
  if (range.end <= range.start) range = { start: Math.min(range.start, Math.max(start, end - 1)), end: Math.min(Math.max(range.start + 1, start + 1), end) };
  const detail = raw
    .replace(/^Parse error on line \d+:\n[^\n]*\n-*\^\n/, '')
    .replace(/ - \d+:\d+$/, '')
    .split('\n')[0];
  const message = explain(detail);
  return { code: 'handlebars-syntax', message: `Handlebars syntax error: ${message}`, range, severity: 'error' };
}

/**
 * Jison's "Expecting …, got 'X'" in words first (a short first sentence with the fix), the
 * parser's own words after it for reference.
 */
function explain(detail: string): string {
  const got = /got '(\w+)'$/.exec(detail)?.[1];
  const hint =
    got === 'EOF' ? 'the template ends inside a block or mustache: close it with {{/…}} or "}}"'
    : got === 'INVALID' ? 'a mustache is not closed or holds invalid characters: close it with "}}"'
    : got === 'CLOSE' || got === 'CLOSE_UNESCAPED' ? 'a mustache ends where an expression or "}}}" was expected'
    : got ? `unexpected ${got}`
    : undefined;
  return hint ? `${hint}. Parser: ${detail}` : detail;
}


/**
 * Without a parse tree, masks `{{…}}` spans found lexically (an unclosed one to the end of
 * its line) and still finds smslint comments, so detectors and directives keep working.
 * Returns the visible ranges.
 */
function maskMustachesLexically(source: string, start: number, comments: SmslintComment[]): Array<[number, number]> {
  // A hand-written scan equivalent to /\{\{!--([\s\S]*?)--~?\}\}|\{\{~?!([\s\S]*?)\}\}|\{\{[\s\S]*?\}\}\}?/g:
  // that regex rescans to the end of the body from every "{{" that has no closing "}}"
  // (quadratic: 256 KB of "{{" took a minute). Here each closer is searched for once per
  // position it can still be found at, so the scan is linear.
  const masks: Array<[number, number]> = [];
  const found = new Map<string, number>();
  const next = (needle: string, from: number): number => {
    const known = found.get(needle);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const at = source.indexOf(needle, from);
    found.set(needle, at);
    return at;
  };
  for (let open = source.indexOf('{{'); open !== -1; ) {
    let end = -1;
    let inner: string | undefined;
    if (source.startsWith('{{!--', open)) {
      const plain = next('--}}', open + 5);
      const tilde = next('--~}}', open + 5);
      const close = plain === -1 ? tilde : tilde === -1 ? plain : Math.min(plain, tilde);
      if (close !== -1) {
        end = close + (close === plain ? 4 : 5);
        inner = source.slice(open + 5, close);
      }
    }
    if (end === -1 && (source.startsWith('{{!', open) || source.startsWith('{{~!', open))) {
      const from = open + (source[open + 2] === '~' ? 4 : 3);
      const close = next('}}', from);
      if (close !== -1) {
        end = close + 2;
        inner = source.slice(from, close);
      }
    }
    if (end === -1) {
      const close = next('}}', open + 2);
      if (close === -1) break; // no "}}" after here: nothing further can close
      end = close + 2 + (source[close + 2] === '}' ? 1 : 0);
      inner = undefined;
    }
    if (!(open > 0 && source[open - 1] === '\\')) {
      masks.push([open, end]);
      const value = inner?.trim();
      if (value !== undefined && /^smslint(?!\w)/.test(value)) {
        comments.push({ kind: 'handlebars', value, range: { start: start + open, end: start + end } });
      }
    }
    open = source.indexOf('{{', end);
  }
  const last = masks.length > 0 ? masks[masks.length - 1][1] : 0;
  const open = source.indexOf('{{', last);
  if (open !== -1 && source[open - 1] !== '\\') {
    let stop = open;
    while (stop < source.length && source[stop] !== '\n' && source[stop] !== '\r') stop++;
    masks.push([open, stop]);
  }
  return visibleOutside(source.length, masks);
}
