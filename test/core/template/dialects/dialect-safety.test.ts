/**
 * Every dialect on any input: parsing never throws and keeps the body model's invariants
 * (masked text aligned with the source, node ranges inside the body), and previews never
 * run code or read prototypes, whatever the template asks for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIALECT_IDS, lintText, parseTemplateFile, renderTemplate, type BodyNode } from '@smslint/core';

function ranges(nodes: readonly BodyNode[]): Array<{ start: number; end: number }> {
  return nodes.flatMap((node) => [node.range, ...(node.type === 'block' ? [...ranges(node.program), ...ranges(node.inverse ?? [])] : [])]);
}

// Fragments of every dialect's syntax, so generated bodies hit the parsers' edge cases.
const FRAGMENTS = ['{{', '}}', '{%', '%}', '{#', '#}', '{', '}', '((', '))', '??', '%{', '%<', '>s', '%', '%s', '%1$', ' if ', ' end', 'endif', 'else', 'for x in y', ' .X', '-', "'", '"', '#', ',', ' plural,', 'other', '\n', '\r\n', 'é', '😀', 'a'];
const body = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }).map((parts) => parts.join(''));

describe('dialects on arbitrary input', () => {
  it.each(DIALECT_IDS)('%s: never throws, masked stays aligned, ranges stay in the body', (dialect) => {
    fc.assert(
      fc.property(body, (text) => {
        const source = `---\nplaceholders: ${dialect}\n---\nx${text}x\n`;
        const file = parseTemplateFile(source, 'fuzz.sms');
        const [template] = file.templates;
        const { masked, range } = template.body;
        expect(masked.length).toBe(range.end - range.start);
        for (let i = 0; i < masked.length; i++) if (masked[i] !== '\uFFFC') expect(masked[i]).toBe(source[range.start + i]);
        for (const r of ranges(template.body.nodes)) {
          expect(r.start).toBeGreaterThanOrEqual(range.start);
          expect(r.end).toBeLessThanOrEqual(range.end);
        }
        expect(() => renderTemplate(template, { a: 'x', X: 'y' })).not.toThrow();
        expect(() => lintText(source, { filePath: 'fuzz.sms' })).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });
});

describe('previews in every dialect', () => {
  const PROBES: Record<string, string> = {
    liquid: '[{{ constructor.constructor }}][{{ __proto__.polluted }}][{{ name.constructor.name }}][{{ name.length }}]',
    jinja: '[{{ constructor.constructor }}][{{ __proto__.polluted }}][{{ name.constructor.name }}][{{ name.__class__ }}]',
    go: '[{{ .constructor }}][{{ .__proto__.polluted }}][{{ .name.constructor }}][{{ .name.length }}]',
    notify: '[((constructor))][((__proto__))][((toString))][((hasOwnProperty))]',
    rails: '[%{constructor}][%{__proto__}][%{toString}][%{valueOf}]',
    icu: '[{constructor}][{__proto__}][{toString}][{valueOf}]',
  };
  it.each(Object.entries(PROBES))('%s: prototype paths render nothing and nothing is polluted', (dialect, probe) => {
    const [template] = parseTemplateFile(`---\nplaceholders: ${dialect}\n---\nHi ${probe}\n`, 'probe.sms').templates;
    const rendered = renderTemplate(template, { name: 'Dana' });
    expect(rendered.text).toBe('Hi [][][][]');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('renders each dialect with sample data: branches by value, loops per item, plural by count', () => {
    const render = (dialect: string, body: string, data: Record<string, unknown>) =>
      renderTemplate(parseTemplateFile(`---\nplaceholders: ${dialect}\n---\n${body}\n`, 'x.sms').templates[0], data).text;
    expect(render('liquid', '{% for i in items %}{{ i.n }};{% endfor %}{% if vip %} VIP{% else %} std{% endif %}', { items: [{ n: 1 }, { n: 2 }], vip: true })).toBe('1;2; VIP');
    expect(render('liquid', "{% case s %}{% when 'late' %}Sorry{% else %}OK{% endcase %}", { s: 'late' })).toBe('Sorry');
    expect(render('jinja', '{% for i in items %}{{ i }},{% else %}none{% endfor %}', { items: [] })).toBe('none');
    expect(render('go', '{{range .Items}}{{ .N }}.{{end}}{{with .X}}x{{end}}', { Items: [{ N: 'a' }, { N: 'b' }] })).toBe('a.b.');
    expect(render('icu', '{n, plural, =0 {none} one {# item} other {# items}}', { n: 1 })).toBe('1 item');
    expect(render('icu', '{n, plural, =0 {none} one {# item} other {# items}}', { n: 0 })).toBe('none');
    expect(render('icu', '{g, select, female {her} other {their}} order', { g: 'female' })).toBe('her order');
    expect(render('notify', 'Hi ((name)).((vip?? Thanks for being a member.))', { name: 'Dana', vip: 'yes' })).toBe('Hi Dana. Thanks for being a member.');
    expect(render('notify', 'Hi ((name)).((vip?? Thanks for being a member.))', { name: 'Dana', vip: 'no' })).toBe('Hi Dana.');
    expect(render('notify', '((vip??Member.))', { vip: 'Show' })).toBe('Member.');
    expect(render('rails', '%{name}: 100%% done', { name: 'Dana' })).toBe('Dana: 100% done');
  });
});
