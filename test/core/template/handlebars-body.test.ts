import { describe, expect, it } from 'vitest';
import { collectVariableUses, parseTemplateFile, type BodyNode } from '@smslint/core';

const single = (body: string) => {
  const file = parseTemplateFile(body, 't.sms');
  return { file, template: file.templates[0] };
};
const MASK = '\uFFFC';

describe('Handlebars block parameters', () => {
  it('a literal keeps its quotes and is no variable; a path is one', () => {
    const { template } = single('{{#if "urgent"}}Call now. {{/if}}{{#unless 0}}Hi{{/unless}} {{#if vip}}VIP{{/if}} {{#each items}}{{#if @first}}1st{{/if}}{{/each}}');
    const blocks = template.body.nodes.filter((n) => n.type === 'block');
    expect(blocks.map((b) => b.type === 'block' && b.params)).toEqual([['"urgent"'], ['0'], ['vip'], ['items']]);
    // Only the paths are variable uses: "urgent" is a string, not the variable `urgent`.
    expect(collectVariableUses(template.body.nodes).map((u) => u.name)).toEqual(['vip', 'items']);
  });
});

describe('Handlebars bodies', () => {
  it('parses variables, blocks, partials and comments with exact ranges', () => {
    const text = 'Hi {{customer.firstName}} {{{raw}}}\n{{#if hasTracking}}Track: {{url}}{{else if eta}}ETA {{eta}}{{else}}Soon{{/if}}\n{{#each items}}- {{this}}{{/each}}{{> footer}}{{! note }}';
    const { template } = single(text);
    expect(template.problems).toEqual([]);
    const written = (node: BodyNode) => text.slice(node.range.start, node.range.end);
    const [, name, , raw, , block, , each, partial, comment] = template.body.nodes;
    expect(name).toMatchObject({ type: 'variable', name: 'customer.firstName', escaped: true });
    expect(written(name)).toBe('{{customer.firstName}}');
    expect(raw).toMatchObject({ type: 'variable', name: 'raw', escaped: false });
    expect(written(raw)).toBe('{{{raw}}}');
    expect(block).toMatchObject({ type: 'block', helper: 'if', params: ['hasTracking'] });
    expect(written(block).startsWith('{{#if hasTracking}}') && written(block).endsWith('{{/if}}')).toBe(true);
    if (block.type !== 'block') throw new Error('expected a block');
    expect(block.inverse?.[0]).toMatchObject({ type: 'block', helper: 'if', params: ['eta'] });
    expect(each).toMatchObject({ type: 'block', helper: 'each', params: ['items'] });
    expect(partial).toMatchObject({ type: 'partial', name: 'footer' });
    expect(written(partial)).toBe('{{> footer}}');
    expect(comment).toMatchObject({ type: 'comment', value: ' note ' });
  });

  it('masks every mustache with U+FFFC of the same length', () => {
    const text = 'Hi {{name}}, {{#if x}}yes{{/if}} 😀 \\{{literal}}';
    const { template } = single(text);
    const masked = template.body.masked;
    expect(masked.length).toBe(text.length);
    expect(masked).toBe(`Hi ${MASK.repeat(8)}, ${MASK.repeat(9)}yes${MASK.repeat(7)} 😀 \\{{literal}}`);
  });

  it('text nodes hold what is sent: whitespace control and standalone block lines applied', () => {
    const text = 'Hello   {{~name~}}   there\n{{#if x}}\n  inside\n{{/if}}\nend';
    const { template } = single(text);
    const texts: string[] = [];
    const walk = (nodes: BodyNode[]) => {
      for (const node of nodes) {
        if (node.type === 'text') {
          texts.push(node.value);
          expect(text.slice(node.range.start, node.range.end).replace(/\r\n?/g, '\n')).toBe(node.value);
        }
        if (node.type === 'block') walk([...node.program, ...(node.inverse ?? [])]);
      }
    };
    walk(template.body.nodes);
    expect(texts).toEqual(['Hello', 'there\n', '  inside\n', 'end']);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR', '\r'],
  ])('locates nodes after %s line breaks exactly', (_name, eol) => {
    const text = `😀 line one${eol}${eol}line three {{a}}${eol}  {{#if b}}{{c}}{{/if}}`;
    const { template } = single(text);
    const vars: string[] = [];
    const walk = (nodes: BodyNode[]) => {
      for (const node of nodes) {
        if (node.type === 'variable') vars.push(text.slice(node.range.start, node.range.end));
        if (node.type === 'block') walk(node.program);
      }
    };
    walk(template.body.nodes);
    expect(vars).toEqual(['{{a}}', '{{c}}']);
    expect(template.body.text).toBe('😀 line one\n\nline three {{a}}\n  {{#if b}}{{c}}{{/if}}');
  });

  it.each([
    // [case, body, text the problem starts at, text it covers]
    ['an unclosed mustache', 'Hi\r\nthere {{name', 'name', 'n'],
    ['a mismatched block', 'Hi\r\n{{#if x}}y{{/fi}}', 'if x', 'if'],
    ['an empty hash value after a lone CR', 'A\rB {{foo bar=}} C', '}} C', '}}'],
    ['an unclosed block (end of body)', 'A\r\n{{#if x}}\r\nno close', 'e\n## Next', 'e'],
    ['a triple-stash closed by two braces', 'x {{{a}}', '}}\n## Next', '}}'],
  ])('a syntax error (%s) is a problem located in the document', (_name, body, at, covered) => {
    const text = `## T\n${body}\n## Next\nok`;
    const file = parseTemplateFile(text, 'c.sms.md');
    const [template] = file.templates;
    expect(template.problems).toHaveLength(1);
    const problem = template.problems[0];
    expect(problem.code).toBe('handlebars-syntax');
    expect(problem.range.start).toBe(text.indexOf(at, text.indexOf(body)));
    expect(text.slice(problem.range.start, problem.range.end)).toBe(covered);
    expect(template.body.nodes).toEqual([]);
    expect(template.body.text).toBe(body.replace(/\r\n?/g, '\n'));
    expect(template.body.masked.length).toBe(template.body.source.length);
    expect(file.templates[1].problems).toEqual([]);
  });

  it('explains jison errors in words', () => {
    const [template] = parseTemplateFile('Hi {{#if x}}', 'x.sms').templates;
    expect(template.problems[0].message).toMatch(/^Handlebars syntax error: the template ends inside a block or mustache: close it with .*\. Parser: .*got 'EOF'$/);
  });

  it('masks mustaches and still finds smslint comments when the body does not parse', () => {
    const { template, file } = single('{{!-- smslint-disable x --}} Hi {{name}} {{#if}}');
    expect(template.problems[0].code).toBe('handlebars-syntax');
    expect(template.body.masked.startsWith(MASK.repeat(28) + ' Hi ' + MASK.repeat(8))).toBe(true);
    expect(file.smslintComments.map((c) => c.value)).toEqual(['smslint-disable x']);
  });
});
