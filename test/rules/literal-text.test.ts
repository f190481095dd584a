import { describe, expect, it } from 'vitest';
import { parseTemplateFile, scanMustaches, type BodyNode, type Template } from '@smslint/core';
import { documentOffset, literalRuns, literalText } from '../../packages/core/src/rules/literal-text.js';
import { mulberry32 as prng, randomPieces } from '../../bench/lib/seeded-random.js';

/** The definition, one unit at a time: CRLF and lone CR become LF, each unit keeps its document offset. */
function referenceLiteral(template: Template, document: string): { text: string; offsets: number[] } {
  const out = { text: '', offsets: [] as number[] };
  const raw = (start: number, end: number) => {
    for (let i = start; i < end; i++) {
      if (document[i] === '\r') {
        if (document[i + 1] === '\n' && i + 1 < end) continue;
        out.text += '\n';
      } else out.text += document[i];
      out.offsets.push(i);
    }
  };
  const nodes = (list: BodyNode[]) => {
    for (const node of list) {
      if (node.type === 'text') raw(node.range.start, node.range.end);
      else if (node.type === 'block') {
        nodes(node.program);
        if (node.inverse) nodes(node.inverse);
      }
    }
  };
  const { source, range } = template.body;
  if (template.body.nodes.length > 0 || source.trim() === '') nodes(template.body.nodes);
  else {
    let from = range.start;
    for (const mustache of scanMustaches(source, range.start)) {
      raw(from, mustache.range.start);
      from = mustache.range.end;
    }
    raw(from, range.end);
  }
  return out;
}

const PIECES = ['Hi ', 'a', '\r\n', '\r', '\n', '\r\r\n', 'é', '😀', '{{name}}', '{{#if a}}yes\r\n{{else}}no\r{{/if}}', '{{#each xs}}\r\n{{this}}{{/each}}', '{{', '}}', '{{#if}}', '{{!c}}', '’', ' '];

describe('literal text', () => {
  it('equals the unit-by-unit definition, and its runs map every unit back (generated bodies, CRLF files)', () => {
    const random = prng(3);
    for (let i = 0; i < 2_000; i++) {
      const body = randomPieces(random, PIECES, 16);
      let document = `## A\n${body}\n\n## B\nend\n`;
      if (random() < 0.3) document = document.replace(/\n/g, '\r\n');
      for (const template of parseTemplateFile(document, 'c.sms.md').templates) {
        const expected = referenceLiteral(template, document);
        expect(literalText(template, document), JSON.stringify(document)).toEqual(expected);
        const runs = literalRuns(template, document);
        expect(runs.text).toBe(expected.text);
        for (let unit = 0; unit < expected.text.length; unit++) expect(documentOffset(runs, unit)).toBe(expected.offsets[unit]);
      }
    }
  });
});
