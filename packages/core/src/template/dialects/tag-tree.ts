import { normalizeLineBreaks } from '../lines.js';
import { cut, visibleOfNodes, visibleOutside } from '../body.js';
import type { BlockNode, BodyNode, ParseProblem } from '../types.js';
import type { DialectInput, DialectParse } from './types.js';

/**
 * The shared shape of tag languages (Liquid, Jinja, Go templates): a token stream of text,
 * output tags (`{{ x }}`) and statement tags (`{% if x %}`, `{{if .X}}`), turned into the
 * body model by one tree builder configured per dialect with a grammar (data, not code).
 */
export type TagToken =
  /** Literal text as sent: [start, end) are the document offsets left after whitespace control. */
  | { kind: 'text'; start: number; end: number }
  | { kind: 'output'; start: number; end: number; expression: string }
  | { kind: 'tag'; start: number; end: number; name: string; args: string }
  | { kind: 'comment'; start: number; end: number; value: string };

/** How a block tag maps onto the body model. */
export interface BlockRule {
  /**
   * 'if'/'unless': conditional; 'each': loop; 'with': conditional scope; 'case': switch;
   * 'hidden': prints nothing (comments, captures, definitions); 'group': always printed
   * as is (Jinja `{% filter %}`, `{% block %}`).
   */
  role: 'if' | 'unless' | 'each' | 'with' | 'case' | 'hidden' | 'group';
  /** The tag that closes it ("endif", "end"). */
  end: string;
}

export interface TagGrammar {
  /** Display name in messages ("Liquid"). */
  title: string;
  /** Problem code of syntax errors ("liquid-syntax"). */
  code: string;
  blocks: Readonly<Record<string, BlockRule>>;
  /** Tags continuing a conditional with a new condition ("elsif", "elif", "else if"). */
  elseIf: readonly string[];
  /** The catch-all branch tag ("else"). */
  else: string;
  /** The case tag inside a 'case' block ("when"). */
  when?: string;
  /** Tags that print nothing (assign, set): read as comments. */
  silent: readonly string[];
  /** The variable an output expression prints, as a path ("customer.name"). */
  outputName(expression: string): string;
  /** The variables a condition or loop reads, as paths. */
  identifiers(expression: string): string[];
  /** A loop's collection and item name: `item in items` → ["items", "item"]. */
  loop(args: string): { collection: string; binds: string };
  /** How a tag is written, for block labels: ("if", "x") → "{% if x %}". */
  tagText(name: string, args: string): string;
}

interface Open {
  name: string;
  rule: BlockRule;
  token: Extract<TagToken, { kind: 'tag' }>;
  /** Branches so far: each with its opening tag (condition) and nodes. */
  branches: Array<{ tag: Extract<TagToken, { kind: 'tag' }>; nodes: BodyNode[] }>;
}

/** Deepest nesting read; a template deeper than this is reported, not analysed. */
const MAX_DEPTH = 64;

/** Builds nodes from tokens; unbalanced tags are located problems (then no nodes). */
export function buildTagTree(tokens: readonly TagToken[], input: DialectInput, grammar: TagGrammar): { nodes: BodyNode[]; problems: ParseProblem[] } {
  const root: BodyNode[] = [];
  const stack: Open[] = [];
  const problems: ParseProblem[] = [];
  const current = () => (stack.length === 0 ? root : stack[stack.length - 1].branches[stack[stack.length - 1].branches.length - 1].nodes);
  const fail = (token: { start: number; end: number }, message: string) => {
    problems.push({ code: grammar.code, message: `${grammar.title} syntax error: ${message}`, range: { start: token.start, end: token.end }, severity: 'error' });
  };
  let hiddenDepth = 0;
  for (const token of tokens) {
    if (hiddenDepth > 0) {
      // Inside a comment or capture block: only nesting of the same kind matters.
      if (token.kind === 'tag') {
        const top = stack[stack.length - 1];
        if (token.name === top.name && top.rule.role === 'hidden') hiddenDepth++;
        else if (token.name === top.rule.end && --hiddenDepth === 0) {
          stack.pop();
          current().push({ type: 'comment', value: '', range: { start: top.token.start, end: token.end } });
        }
      }
      continue;
    }
    switch (token.kind) {
      case 'text': {
        if (token.end <= token.start) break;
        const value = normalizeLineBreaks(cut(input.text, token.start, token.end, input.excluded));
        if (value !== '') current().push({ type: 'text', value, range: { start: token.start, end: token.end } });
        break;
      }
      case 'output': {
        // A quoted literal (`{{ "}}" }}`) prints itself.
        const literal = /^(["'`])((?:(?!\1)[^\\])*)\1$/.exec(token.expression.trim());
        if (literal) {
          current().push({ type: 'text', value: literal[2], range: { start: token.start, end: token.end } });
          break;
        }
        current().push({ type: 'variable', name: grammar.outputName(token.expression), escaped: true, range: { start: token.start, end: token.end } });
        break;
      }
      case 'comment':
        current().push({ type: 'comment', value: token.value, range: { start: token.start, end: token.end } });
        break;
      case 'tag': {
        const rule = Object.hasOwn(grammar.blocks, token.name) ? grammar.blocks[token.name] : undefined;
        const top = stack[stack.length - 1];
        if (rule) {
          if (stack.length >= MAX_DEPTH) {
            fail(token, `blocks are nested more than ${MAX_DEPTH} levels deep.`);
            return { nodes: [], problems };
          }
          stack.push({ name: token.name, rule, token, branches: [{ tag: token, nodes: [] }] });
          if (rule.role === 'hidden') hiddenDepth = 1;
        } else if (top && token.name === top.rule.end) {
          stack.pop();
          if (top.rule.role === 'group') current().push(...top.branches.flatMap((branch) => branch.nodes));
          else current().push(closeBlock(top, token, grammar));
        } else if (top && (grammar.elseIf.includes(token.name) || token.name === grammar.else || token.name === grammar.when)) {
          const kind = token.name === grammar.when ? 'when' : 'branch';
          if (kind === 'when' ? top.rule.role !== 'case' : top.rule.role === 'case' && token.name !== grammar.else) {
            fail(token, `"${grammar.tagText(token.name, token.args)}" does not belong in ${grammar.tagText(top.name, top.token.args)}.`);
            return { nodes: [], problems };
          }
          top.branches.push({ tag: token, nodes: [] });
        } else if (grammar.silent.includes(token.name)) {
          current().push({ type: 'comment', value: '', range: { start: token.start, end: token.end } });
        } else if (grammar.blocks[endOpener(grammar, token.name) ?? ''] || grammar.elseIf.includes(token.name) || token.name === grammar.else || token.name === grammar.when) {
          fail(token, `"${grammar.tagText(token.name, token.args)}" has no matching opening tag.`);
          return { nodes: [], problems };
        } else {
          // A tag smslint does not know (include, render, cycle…): unknown content, like a partial.
          current().push({ type: 'partial', name: grammar.tagText(token.name, token.args), range: { start: token.start, end: token.end } });
        }
        break;
      }
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1];
    fail(open.token, `"${grammar.tagText(open.name, open.token.args)}" is never closed with "${grammar.tagText(open.rule.end, '')}".`);
    return { nodes: [], problems };
  }
  return { nodes: root, problems };
}

function endOpener(grammar: TagGrammar, name: string): string | undefined {
  return Object.keys(grammar.blocks).find((key) => grammar.blocks[key].end === name);
}

/** A closed block as nested blocks: each further branch in the previous one's `inverse`. */
function closeBlock(open: Open, endToken: { start: number; end: number }, grammar: TagGrammar): BodyNode {
  const range = { start: open.token.start, end: endToken.end };
  const { rule } = open;
  if (rule.role === 'each') {
    const { collection, binds } = grammar.loop(open.token.args);
    const elseBranch = open.branches.find((branch) => branch.tag.name === grammar.else);
    return {
      type: 'block',
      helper: 'each',
      params: [collection],
      binds,
      tag: grammar.tagText(open.name, open.token.args),
      range,
      program: open.branches[0].nodes,
      inverse: elseBranch ? elseBranch.nodes : null,
    };
  }
  if (rule.role === 'case') {
    const subject = grammar.identifiers(open.token.args)[0] ?? open.token.args.trim();
    // Text between `{% case %}` and the first `{% when %}` is never sent.
    const cases = open.branches.slice(1);
    const chain = (index: number): BodyNode[] => {
      if (index >= cases.length) return [];
      const branch = cases[index];
      if (branch.tag.name === grammar.else) return branch.nodes;
      const block: BlockNode = {
        type: 'block',
        helper: 'select',
        params: [subject],
        when: unquote(branch.tag.args.split(/,|\bor\b/)[0]?.trim() ?? ''),
        tag: `${grammar.tagText(open.name, open.token.args)} ${grammar.tagText(branch.tag.name, branch.tag.args)}`,
        range,
        program: branch.nodes,
        inverse: chain(index + 1),
      };
      return [block];
    };
    const nodes = chain(0);
    if (nodes.length === 1 && nodes[0].type === 'block') return nodes[0];
    // No `when`: only an else branch (or nothing) renders, always.
    return { type: 'block', helper: 'select', params: [subject], when: 'else', tag: grammar.tagText(open.name, open.token.args), range, program: nodes, inverse: null };
  }
  const chain = (index: number): BodyNode[] => {
    const branch = open.branches[index];
    if (index > 0 && branch.tag.name === grammar.else) return branch.nodes;
    const helper = index === 0 ? (rule.role === 'unless' ? 'unless' : rule.role === 'with' ? 'with' : 'if') : 'if';
    const block: BlockNode = {
      type: 'block',
      helper,
      params: grammar.identifiers(branch.tag.args),
      tag: grammar.tagText(branch.tag.name, branch.tag.args),
      range,
      program: branch.nodes,
      inverse: index + 1 < open.branches.length ? chain(index + 1) : null,
    };
    return [block];
  };
  return chain(0)[0];
}

function unquote(value: string): string {
  return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}

/** A hand lexer's result on a body: tokens, or the first lexical error; tag spans either way. */
export type Lexed = { tokens: TagToken[]; spans: Array<[number, number]> } | { problem: ParseProblem; spans: Array<[number, number]> };

/**
 * The body model from a hand lexer's body-relative result. On any error the body has no
 * nodes and its tags (`spans`) are masked, so detectors still never read them as words.
 */
export function parseLexed(input: DialectInput, lexed: Lexed, grammar: TagGrammar): DialectParse {
  const { start, end } = input;
  const length = end - start;
  const shift = (range: { start: number; end: number }) => ({ start: start + range.start, end: start + range.end });
  if ('problem' in lexed) {
    return { nodes: [], problems: [{ ...lexed.problem, range: shift(lexed.problem.range) }], comments: [], visible: visibleOutside(length, lexed.spans) };
  }
  const tokens = lexed.tokens.map((token): TagToken => ({ ...token, ...shift(token) }));
  const tree = buildTagTree(tokens, input, grammar);
  if (tree.problems.length > 0) return { nodes: [], problems: tree.problems, comments: [], visible: visibleOutside(length, lexed.spans) };
  return { nodes: tree.nodes, problems: [], comments: [], visible: visibleOfNodes(tree.nodes, start) };
}

/**
 * Collects the literal text between tags, applying trim markers: `trimEnd` strips the
 * whitespace before a tag (`{{- `, `{%-`), `trimNext` the whitespace after one (` -}}`).
 */
export class TextRuns {
  /** Set after a tag that trims the whitespace following it. */
  trimNext = false;
  constructor(private readonly source: string, private readonly tokens: TagToken[]) {}

  push(from: number, to: number, trimEnd: boolean): void {
    let a = from;
    let b = to;
    if (this.trimNext) while (a < b && /\s/.test(this.source[a])) a++;
    if (trimEnd) while (b > a && /\s/.test(this.source[b - 1])) b--;
    if (b > a) this.tokens.push({ kind: 'text', start: a, end: b });
  }
}
