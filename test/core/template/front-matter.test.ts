import { describe, expect, it } from 'vitest';
import { parseTemplateFile } from '@smslint/core';

// Front matter alone is also a catalog without templates; that problem is tested in test/cli/new-user-traps.test.ts.
const located = (text: string, path = 'c.sms.md') => {
  const file = parseTemplateFile(text, path);
  file.problems = file.problems.filter((p) => p.code !== 'catalog-without-templates');
  return { file, problems: file.problems.map((p) => [p.code, text.slice(p.range.start, p.range.end)]) };
};

describe('front matter', () => {
  it('is read as catalog defaults', () => {
    const { file, problems } = located('---\nbrand: Acme\nkind: support\nregion: ca\noptInConfirmation: false\ncustom: 1\n---\n## A\nx');
    expect(problems).toEqual([]);
    expect(file.defaults).toEqual({ brand: 'Acme', kind: 'support', region: 'ca', optInConfirmation: false, custom: 1 });
    expect(file.templates[0].metadata).toMatchObject(file.defaults);
  });

  it('unterminated front matter is a located problem and the rest still parses', () => {
    const { file, problems } = located('---\nbrand: Acme\n## A\nHello');
    expect(problems).toEqual([['front-matter-unterminated', '---']]);
    expect(file.frontMatter).toBeNull();
    expect(file.templates.map((t) => t.id)).toEqual(['a']);
  });

  it('malformed YAML is located inside the front matter', () => {
    const text = '---\nbrand: Acme\nkind: [support\n---\n## A\nx';
    const { file } = located(text);
    expect(file.problems[0].code).toBe('front-matter-yaml');
    expect(file.problems[0].range.start).toBeGreaterThanOrEqual(text.indexOf('kind'));
    expect(file.problems[0].range.end).toBeLessThanOrEqual(text.indexOf('---', 3));
    expect(file.templates).toHaveLength(1);
  });

  it('duplicate keys and a non-mapping are problems', () => {
    expect(located('---\nkind: support\nkind: marketing\n---\n').file.problems[0].code).toBe('front-matter-yaml');
    expect(located('---\n- a\n- b\n---\n').problems).toEqual([['front-matter-yaml', '- a\n- b\n']]);
  });

  it('an alias bomb is a located problem, not a hang', () => {
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    ].join('\n');
    const text = `---\n${bomb}\n---\n## A\nx`;
    const { file } = located(text);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]).toMatchObject({ code: 'front-matter-yaml', severity: 'error' });
    expect(text.slice(file.problems[0].range.start, file.problems[0].range.end)).toBe(`${bomb}\n`);
    expect(file.templates).toHaveLength(1);
  });

  it('invalid values are dropped with a problem at the value', () => {
    const text = [
      '---',
      'kind: urgent',
      'maxSegments: 1.5',
      'sendWindow: 9am-8pm',
      'recurring: "yes"',
      'variables:',
      '  code: {maxLength: -1, charset: klingon, colour: red}',
      '  name: {minLength: 5, maxLength: 3}',
      '---',
    ].join('\n');
    const { file, problems } = located(text);
    expect(problems).toEqual([
      ['metadata-invalid', 'urgent'],
      ['metadata-invalid', '1.5'],
      ['metadata-invalid', '9am-8pm'],
      ['metadata-invalid', '"yes"'],
      ['metadata-invalid', '-1'],
      ['metadata-invalid', 'klingon'],
      ['metadata-invalid', 'red'],
      ['metadata-invalid', '5'],
    ]);
    expect(file.defaults).toEqual({ variables: { code: {}, name: { maxLength: 3 } } });
  });

  it('flat metadata refuses prototype keys', () => {
    const file = parseTemplateFile('## A\n<!-- smslint: __proto__.polluted=1 constructor=x -->\nx', 'c.sms.md');
    expect(file.templates[0].problems.map((p) => p.code)).toEqual(['metadata-invalid', 'metadata-invalid']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
