/**
 * Property tests of the hand-written lexers (Go, Jinja) and the tag-tree builder they share
 * with Liquid: bodies generated from a random tree (text, variables, if/else, loops) are
 * written in each dialect's syntax, parsed, and must give back exactly that tree, with
 * text nodes at their exact ranges and `masked` showing only the literal text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplateFile, type BodyNode, type DialectId } from '@smslint/core';

type Tree =
  | { kind: 'text'; value: string }
  | { kind: 'var'; name: string }
  | { kind: 'if'; name: string; then: Tree[]; otherwise: Tree[] | null }
  | { kind: 'each'; collection: string; body: Tree[] };

const RESERVED = new Set(['and', 'or', 'not', 'in', 'is', 'if', 'else', 'elif', 'for', 'true', 'false', 'none', 'nil', 'null', 'empty', 'blank', 'with', 'as', 'end', 'range', 'loop', 'contains', 'size', 'first', 'last', 'limit', 'offset', 'reversed', 'defined', 'undefined', 'len', 'index', 'slice', 'print', 'printf', 'println', 'html', 'js', 'urlquery', 'call', 'eq', 'ne', 'lt', 'le', 'gt', 'ge']);
const name = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/).filter((n) => !RESERVED.has(n));
// Literal text: no delimiters of any dialect, but spaces, punctuation, line breaks and non-ASCII.
const text = fc.stringMatching(/^[A-Za-z0-9 .,!?:;'"()\n€é😀-]{1,12}$/).filter((t) => t.trim() !== '');

const tree: fc.Arbitrary<Tree[]> = fc.letrec<{ list: Tree[]; node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value): Tree => ({ kind: 'text', value })),
    name.map((n): Tree => ({ kind: 'var', name: n })),
    fc.record({ kind: fc.constant('if' as const), name, then: tie('list'), otherwise: fc.option(tie('list'), { nil: null }) }),
    fc.record({ kind: fc.constant('each' as const), collection: name, body: tie('list') }),
  ),
  list: fc.array(tie('node'), { maxLength: 4 }).map(mergeTexts),
})).list;

/** Adjacent texts are one run of literal text. */
function mergeTexts(list: Tree[]): Tree[] {
  const out: Tree[] = [];
  for (const node of list) {
    const last = out[out.length - 1];
    if (node.kind === 'text' && last?.kind === 'text') out[out.length - 1] = { kind: 'text', value: last.value + node.value };
    else out.push(node);
  }
  return out;
}

interface Syntax {
  variable(name: string): string;
  expectedName(name: string): string;
  ifOpen(name: string): string;
  elseTag: string;
  ifClose: string;
  eachOpen(collection: string): string;
  eachClose: string;
}

const JINJA_LIKE = (close: { endif: string; endfor: string }): Syntax => ({
  variable: (n) => `{{ ${n} }}`,
  expectedName: (n) => n,
  ifOpen: (n) => `{% if ${n} %}`,
  elseTag: '{% else %}',
  ifClose: close.endif,
  eachOpen: (c) => `{% for item in ${c} %}`,
  eachClose: close.endfor,
});

const SYNTAX: Partial<Record<DialectId, Syntax>> = {
  jinja: JINJA_LIKE({ endif: '{% endif %}', endfor: '{% endfor %}' }),
  liquid: JINJA_LIKE({ endif: '{% endif %}', endfor: '{% endfor %}' }),
  go: {
    variable: (n) => `{{ .${cap(n)} }}`,
    expectedName: (n) => cap(n),
    ifOpen: (n) => `{{if .${cap(n)}}}`,
    elseTag: '{{else}}',
    ifClose: '{{end}}',
    eachOpen: (c) => `{{range .${cap(c)}}}`,
    eachClose: '{{end}}',
  },
};

function cap(n: string): string {
  return n[0].toUpperCase() + n.slice(1);
}

function write(list: Tree[], syntax: Syntax): string {
  return list
    .map((node) => {
      switch (node.kind) {
        case 'text':
          return node.value;
        case 'var':
          return syntax.variable(node.name);
        case 'if':
          return syntax.ifOpen(node.name) + write(node.then, syntax) + (node.otherwise ? syntax.elseTag + write(node.otherwise, syntax) : '') + syntax.ifClose;
        case 'each':
          return syntax.eachOpen(node.collection) + write(node.body, syntax) + syntax.eachClose;
      }
    })
    .join('');
}

/** The tree the parser must give back, in the body model's terms. */
function expected(list: Tree[], syntax: Syntax): unknown[] {
  return list.map((node) => {
    switch (node.kind) {
      case 'text':
        return { text: node.value };
      case 'var':
        return { variable: syntax.expectedName(node.name) };
      case 'if':
        return { block: 'if', params: [syntax.expectedName(node.name)], program: expected(node.then, syntax), inverse: node.otherwise ? expected(node.otherwise, syntax) : null };
      case 'each':
        return { block: 'each', params: [syntax.expectedName(node.collection)], program: expected(node.body, syntax), inverse: null };
    }
  });
}

function simplified(nodes: readonly BodyNode[]): unknown[] {
  return nodes.flatMap((node) => {
    if (node.type === 'text') return [{ text: node.value }];
    if (node.type === 'variable') return [{ variable: node.name }];
    if (node.type === 'block') return [{ block: node.helper, params: node.params, program: simplified(node.program), inverse: node.inverse ? simplified(node.inverse) : null }];
    return [];
  });
}

function textRanges(nodes: readonly BodyNode[], out: Array<{ value: string; start: number; end: number }> = []) {
  for (const node of nodes) {
    if (node.type === 'text') out.push({ value: node.value, ...node.range });
    else if (node.type === 'block') {
      textRanges(node.program, out);
      textRanges(node.inverse ?? [], out);
    }
  }
  return out;
}

describe.each(Object.keys(SYNTAX) as DialectId[])('%s: generated bodies parse back to their tree', (dialect) => {
  const syntax = SYNTAX[dialect]!;
  it('nodes, text ranges and masked text match what was written', () => {
    fc.assert(
      fc.property(tree, (list) => {
        // Bodies are trimmed of blank lines and start a line: start and end with a tag-free letter.
        const body = `A${write(list, syntax)}Z`;
        const header = `---\nplaceholders: ${dialect}\n---\n`;
        const file = parseTemplateFile(header + body + '\n', 'generated.sms');
        const [template] = file.templates;
        expect(template.problems).toEqual([]);
        expect(simplified(template.body.nodes)).toEqual(expected(mergeTexts([{ kind: 'text', value: 'A' }, ...list, { kind: 'text', value: 'Z' }]), syntax));
        const source = file.text;
        for (const run of textRanges(template.body.nodes)) expect(source.slice(run.start, run.end)).toBe(run.value);
        // Masked shows exactly the literal text, everything else is U+FFFC.
        const { masked, range } = template.body;
        expect(masked.length).toBe(range.end - range.start);
        const shown = new Set(textRanges(template.body.nodes).flatMap((r) => Array.from({ length: r.end - r.start }, (_, i) => r.start + i - range.start)));
        for (let i = 0; i < masked.length; i++) expect(masked[i]).toBe(shown.has(i) ? source[range.start + i] : '\uFFFC');
      }),
      { numRuns: 300 },
    );
  });
});
