import fc from 'fast-check';
import type { Heading, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createTemplateParser, parseTemplateFile } from '@smslint/core';

/** Lines that make sectioning hard: fences, HTML blocks, setext underlines, containers, CR/CRLF. */
const PIECES = [
  '## Order shipped', '## Refund', '# Appendix', '  ## indented', '### Sub', '##no space', '## Dup', '## Dup',
  'Hi {{name}}, 😀 your order', '{{#if x}}yes{{else}}no{{/if}}', 'broken {{oops', '```', '~~~', '    ## in code',
  '<!--', '-->', '<!-- note -->', '<!-- smslint-disable text-speak -->', '<!-- smslint: kind=marketing -->',
  '<!-- smslint', 'kind: support', '<div>', '</div>', '---', '===', '- item', '> quote', '[ref]: /url "t',
  '```js', '``` a`b', '````', '~~~~', '  ```', '```  ', ' ~~~', '\t```',
  '', '', 'plain text line', '\t tab line ’', '{{!-- smslint-enable --}}',
];
const EOLS = ['\n', '\n', '\n', '\r\n', '\r'];

const docArbitrary = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...EOLS)), { maxLength: 40 }),
  )
  .map(([front, lines]) => (front ? '---\nbrand: Acme\n---\n' : '') + lines.map(([line, eol]) => line + eol).join(''));

/**
 * An edit: where (anywhere, or the very start or end: -1), how much it removes (now and then
 * everything after it) and what it types, including whole headings, fences and front matter:
 * the memoising parser keeps section starts between edits and resumes its scan around the edit.
 */
const editArbitrary = fc.tuple(
  fc.oneof({ arbitrary: fc.nat(), weight: 8 }, { arbitrary: fc.constantFrom(0, -1), weight: 2 }),
  fc.oneof({ arbitrary: fc.nat(3), weight: 9 }, { arbitrary: fc.constant(1e9), weight: 1 }),
  fc.constantFrom('x', '\n', '#', '`', '<', '-', '😀', '{{', '}}', '\r', '', '\n## New\n', '## ', '# Doc\n', '\n```\n', '~~~\r\n', '---\nbrand: B\n---\n', '\r\n'),
);

function applyEdit(text: string, [at, remove, insert]: [number, number, string]): string {
  const start = at < 0 || text.length === 0 ? text.length : at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

/** A memoising parser's result after each edit equals a fresh parse of the same text. */
function expectEditsParsedAsFresh(initial: string, edits: [number, number, string][]): void {
  const parser = createTemplateParser();
  let text = initial;
  expect(parser.parse(text, 'c.sms.md')).toEqual(parseTemplateFile(text, 'c.sms.md'));
  for (const edit of edits) {
    text = applyEdit(text, edit);
    const parsed = parser.parse(text, 'c.sms.md');
    const fresh = parseTemplateFile(text, 'c.sms.md');
    expect(parsed).toEqual(fresh);
    // Moved templates' bodies shift their nodes lazily: same fields, same order.
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(fresh));
  }
}

/** Template heading starts by remark over the whole document: root-level ATX headings of depth 2. */
function remarkTemplateStarts(text: string): number[] {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(text.slice(bom)) as Root;
  const starts: number[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || (node as Heading).depth !== 2) continue;
    let at = bom + (node.position?.start.offset ?? 0);
    const end = bom + (node.position?.end.offset ?? 0);
    // ATX headings are one line; setext headings span their text and underline.
    if (/[\r\n]/.test(text.slice(at, end))) continue;
    while (at > 0 && text[at - 1] !== '\n' && text[at - 1] !== '\r') at--;
    starts.push(at);
  }
  return starts;
}

describe('sectioning and incremental parsing', () => {
  it('finds exactly the templates remark finds over the whole document', () => {
    fc.assert(
      fc.property(docArbitrary, (text) => {
        const file = parseTemplateFile(text, 'c.sms.md');
        expect(file.templates.map((t) => t.headingRange!.start)).toEqual(remarkTemplateStarts(text));
        for (const template of file.templates) {
          const { source, masked, range } = template.body;
          expect(text.slice(range.start, range.end)).toBe(source);
          expect(masked.length).toBe(source.length);
          for (let i = 0; i < masked.length; i++) if (masked[i] !== '\uFFFC') expect(masked[i]).toBe(source[i]);
          expect(masked).not.toMatch(/\{\{(?!\{)[^}]*\}\}/);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('re-parsing after edits equals a fresh parse', () => {
    fc.assert(
      fc.property(docArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 8 }), expectEditsParsedAsFresh),
      { numRuns: 200 },
    );
  });

  it('re-parsing a long catalog after edits equals a fresh parse (scan resumed and re-synchronised)', () => {
    // Many templates, so that edits fall between standing headings and headings found again after them.
    const longDoc = fc
      .array(fc.tuple(fc.constantFrom('## T', '## T', '# D', '```', '  ## i', '<div>', ''), fc.constantFrom(...PIECES.slice(8, 12)), fc.constantFrom(...EOLS)), { minLength: 5, maxLength: 40 })
      .map((parts) => parts.map(([heading, body, eol], i) => (heading ? `${heading}${heading.endsWith('T') ? i : ''}${eol}` : '') + body + eol).join(''));
    fc.assert(
      fc.property(longDoc, fc.array(editArbitrary, { minLength: 1, maxLength: 12 }), expectEditsParsedAsFresh),
      { numRuns: 300 },
    );
  });

  it('re-uses untouched templates (same objects when they did not move)', () => {
    const text = Array.from({ length: 50 }, (_, i) => `## T${i}\nBody {{v${i}}} number ${i}.\n`).join('');
    const parser = createTemplateParser();
    const first = parser.parse(text, 'c.sms.md');
    const at = text.indexOf('number 40');
    const edited = text.slice(0, at) + 'X' + text.slice(at);
    const second = parser.parse(edited, 'c.sms.md');
    expect(second.templates[10]).toBe(first.templates[10]);
    expect(second.templates[40]).not.toBe(first.templates[40]);
    expect(second.templates[41]).not.toBe(first.templates[41]);
    expect(second.templates[41].body.range.start).toBe(first.templates[41].body.range.start + 1);
    expect(second).toEqual(parseTemplateFile(edited, 'c.sms.md'));
  });

  it('a change of front matter defaults re-applies to every template', () => {
    const parser = createTemplateParser();
    parser.parse('---\nkind: support\n---\n## A\nx\n', 'c.sms.md');
    const after = parser.parse('---\nkind: marketing\n---\n## A\nx\n', 'c.sms.md');
    expect(after.templates[0].metadata.kind).toBe('marketing');
  });
});
