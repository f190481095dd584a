import { describe, expect, it } from 'vitest';
import { parseTemplateFile, templateAt, type Template, type TemplateFile } from '@smslint/core';

const slice = (file: TemplateFile, range: { start: number; end: number }) => file.text.slice(range.start, range.end);
const byId = (file: TemplateFile, id: string): Template => {
  const template = file.templates.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}; have ${file.templates.map((t) => t.id).join(', ')}`);
  return template;
};

describe('catalogs (*.sms.md)', () => {
  it('makes one template per ## heading, text before the first is documentation', () => {
    const text = [
      '# Support replies',
      '',
      'Intro paragraph, not sent.',
      '',
      '## Order shipped',
      '',
      'Hi {{firstName}}, your order shipped.',
      '### Note kept in the body',
      'Reply STOP to opt out.',
      '',
      '',
      '## Refund issued (EU) ##',
      'Your refund is on its way.',
      '',
    ].join('\n');
    const file = parseTemplateFile(text, 'replies.sms.md');
    expect(file.format).toBe('catalog');
    expect(file.problems).toEqual([]);
    expect(file.templates.map((t) => [t.id, t.title])).toEqual([
      ['order-shipped', 'Order shipped'],
      ['refund-issued-eu', 'Refund issued (EU)'],
    ]);
    const shipped = byId(file, 'order-shipped');
    expect(shipped.body.text).toBe('Hi {{firstName}}, your order shipped.\n### Note kept in the body\nReply STOP to opt out.');
    expect(slice(file, shipped.body.range)).toBe(shipped.body.source);
    expect(slice(file, shipped.headingRange!)).toBe('## Order shipped');
    expect(shipped.range.start).toBe(shipped.headingRange!.start);
    expect(shipped.range.end).toBe(shipped.body.range.end);
  });

  it('a # heading ends a template; the text under it is documentation', () => {
    const file = parseTemplateFile('## A\nBody A\n# Appendix\nNot a template\n## B\nBody B', 'c.sms.md');
    expect(file.templates.map((t) => t.body.text)).toEqual(['Body A', 'Body B']);
  });

  it('headings inside fenced code, HTML blocks and indented lines stay in the body', () => {
    const text = [
      '## Fenced',
      'Before',
      '```',
      '## not a heading',
      '```',
      '~~~~',
      '## still not',
      '~~~~',
      '<!--',
      '## inside an HTML comment',
      '-->',
      '    ## indented code',
      'After',
      '## Next',
      'Done',
    ].join('\n');
    const file = parseTemplateFile(text, 'c.sms.md');
    expect(file.templates.map((t) => t.id)).toEqual(['fenced', 'next']);
    expect(byId(file, 'fenced').body.text).toContain('## not a heading');
    expect(byId(file, 'fenced').body.text.endsWith('After')).toBe(true);
  });

  it('an unclosed fence swallows every later heading, as CommonMark says', () => {
    const sections = Array.from({ length: 12 }, (_, i) => `## T${i}\nBody ${i}`).join('\n');
    const file = parseTemplateFile(`## Open\n\`\`\`\n${sections}\n`, 'c.sms.md');
    expect(file.templates.map((t) => t.id)).toEqual(['open']);
  });

  it('setext underlines never start templates (a "---" signature line stays in the body)', () => {
    const text = '## Signed\nThanks for waiting.\n---\nAcme Support\n\nTitle\n===\n## Next\nx';
    const file = parseTemplateFile(text, 'c.sms.md');
    expect(file.templates.map((t) => t.id)).toEqual(['signed', 'next']);
    expect(byId(file, 'signed').body.text).toBe('Thanks for waiting.\n---\nAcme Support\n\nTitle\n===');
  });

  it('keeps offsets exact with a BOM, CRLF, tabs and emoji before a template', () => {
    const text = '\uFEFF---\r\nbrand: Acme\r\n---\r\nDocs 😀\t👍🏽 here\r\n\r\n## Café ☕\r\n\r\nHi {{name}} 🎉,\r\nyour\ttable is ready.\r\n\r\n## Two\r\nSecond {{x}}\r\n';
    const file = parseTemplateFile(text, 'c.sms.md');
    expect(file.text).toBe(text);
    expect(slice(file, file.frontMatter!.range)).toBe('---\r\nbrand: Acme\r\n---');
    const cafe = byId(file, 'cafe');
    expect(cafe.title).toBe('Café ☕');
    expect(slice(file, cafe.headingRange!)).toBe('## Café ☕');
    expect(slice(file, cafe.body.range)).toBe('Hi {{name}} 🎉,\r\nyour\ttable is ready.');
    expect(cafe.body.text).toBe('Hi {{name}} 🎉,\nyour\ttable is ready.');
    const variable = cafe.body.nodes.find((n) => n.type === 'variable')!;
    expect(slice(file, variable.range)).toBe('{{name}}');
    const two = byId(file, 'two');
    expect(slice(file, two.body.nodes[1].range)).toBe('{{x}}');
    expect(cafe.body.masked.length).toBe(cafe.body.source.length);
  });

  it('per-template metadata (flat and YAML comments) overrides the front matter defaults', () => {
    const text = [
      '---',
      'brand: Acme',
      'kind: support',
      'maxSegments: 2',
      'variables:',
      '  firstName: {maxLength: 20, charset: gsm, sample: Ana}',
      '---',
      '## Promo',
      '<!-- smslint: kind=marketing maxSegments=1 sendWindow=09:00-20:00 variables.firstName.maxLength=12 -->',
      '',
      '<!-- smslint',
      'variables:',
      '  code: {maxLength: 6, charset: digits}',
      'recurring: true',
      '-->',
      'Hi {{firstName}}, code {{code}}. Reply STOP to opt out.',
      '## Plain',
      'Hello',
    ].join('\n');
    const file = parseTemplateFile(text, 'c.sms.md');
    expect(file.problems).toEqual([]);
    const promo = byId(file, 'promo');
    expect(promo.problems).toEqual([]);
    expect(promo.metadata).toMatchObject({
      brand: 'Acme',
      kind: 'marketing',
      maxSegments: 1,
      sendWindow: '09:00-20:00',
      recurring: true,
      variables: { firstName: { maxLength: 12, charset: 'gsm', sample: 'Ana' }, code: { maxLength: 6, charset: 'digits' } },
    });
    expect(slice(file, promo.metadataRange!)).toMatch(/^<!-- smslint: kind=marketing[\s\S]*recurring: true\n-->$/);
    expect(promo.body.text).toBe('Hi {{firstName}}, code {{code}}. Reply STOP to opt out.');
    expect(byId(file, 'plain').metadata).toMatchObject({ kind: 'support', maxSegments: 2 });
  });

  it('invalid per-template metadata is a problem located at the value', () => {
    const text = '## Bad\n<!-- smslint: kind=spam maxSegments=0 -->\nBody\n## Bad yaml\n<!-- smslint\nkind: [unclosed\n-->\nBody';
    const file = parseTemplateFile(text, 'c.sms.md');
    const bad = byId(file, 'bad');
    expect(bad.problems.map((p) => [p.code, slice(file, p.range)])).toEqual([
      ['metadata-invalid', 'kind=spam'],
      ['metadata-invalid', 'maxSegments=0'],
    ]);
    expect(bad.metadata.kind).toBeUndefined();
    const yaml = byId(file, 'bad-yaml');
    expect(yaml.problems.length).toBeGreaterThan(0);
    expect(yaml.problems[0].code).toBe('metadata-yaml');
    expect(yaml.problems[0].range.start).toBeGreaterThanOrEqual(text.indexOf('kind: [unclosed'));
    expect(yaml.problems[0].range.end).toBeLessThanOrEqual(text.lastIndexOf('-->'));
  });

  it('finds smslint comments with exact ranges and keeps their lines out of the sent text', () => {
    const text = [
      '<!-- smslint-disable text-speak -->',
      '## Reply',
      '<!-- smslint-disable-next-line shouting -->',
      'Thx for waiting {{name}}!',
      '  <!-- smslint-enable -->  ',
      'We are on it. {{!-- smslint-disable-line opt-out --}}',
      '<!-- an ordinary comment -->',
      'Text <!-- smslint-disable inline --> stays',
      '{{! smslint-enable }}',
    ].join('\n');
    const file = parseTemplateFile(text, 'c.sms.md');
    expect(file.smslintComments.map((c) => [c.kind, c.value, slice(file, c.range)])).toEqual([
      ['html', 'smslint-disable text-speak', '<!-- smslint-disable text-speak -->'],
      ['html', 'smslint-disable-next-line shouting', '<!-- smslint-disable-next-line shouting -->'],
      ['html', 'smslint-enable', '<!-- smslint-enable -->'],
      ['handlebars', 'smslint-disable-line opt-out', '{{!-- smslint-disable-line opt-out --}}'],
      ['handlebars', 'smslint-enable', '{{! smslint-enable }}'],
    ]);
    const reply = file.templates[0];
    expect(reply.body.text).toBe(
      'Thx for waiting {{name}}!\nWe are on it. {{!-- smslint-disable-line opt-out --}}\n<!-- an ordinary comment -->\nText <!-- smslint-disable inline --> stays\n{{! smslint-enable }}',
    );
    // The directive lines are masked in place (same length, offsets unchanged).
    const at = reply.body.source.indexOf('<!-- smslint-disable-next-line');
    expect(reply.body.masked.slice(at, at + 43)).toBe('\uFFFC'.repeat(43));
    expect(reply.body.masked).toContain('<!-- an ordinary comment -->');
    const texts = reply.body.nodes.filter((n) => n.type === 'text').map((n) => (n as { value: string }).value).join('');
    expect(texts).not.toContain('smslint-enable -->');
  });

  it('warns about metadata comments below the body start and unterminated smslint comments', () => {
    const file = parseTemplateFile('## A\nBody\n<!-- smslint: kind=marketing -->\n## B\n<!-- smslint-disable x\nBody', 'c.sms.md');
    expect(file.templates[0].problems.map((p) => p.code)).toEqual(['metadata-misplaced']);
    expect(file.templates[0].metadata.kind).toBeUndefined();
    expect(file.templates[1].problems.map((p) => p.code)).toEqual(['smslint-comment-unterminated']);
  });

  it('reports duplicate ids and untitled headings', () => {
    const file = parseTemplateFile('## Same\na\n## same!\nb\n##\nc', 'c.sms.md');
    expect(file.templates.map((t) => t.id)).toEqual(['same', 'same', 'untitled']);
    expect(file.problems.map((p) => [p.code, slice(file, p.range)])).toEqual([['template-duplicate-id', '## same!']]);
    expect(file.templates[2].problems.map((p) => p.code)).toEqual(['template-untitled']);
  });

  it('an empty body and a file without templates', () => {
    const file = parseTemplateFile('## Empty\n\n\n## Full\nx', 'c.sms.md');
    expect(file.templates[0].body).toMatchObject({ source: '', text: '', nodes: [], masked: '' });
    expect(parseTemplateFile('Just docs', 'README.md').templates).toEqual([]);
    expect(parseTemplateFile('', 'c.sms.md').templates).toEqual([]);
  });

  it('templateAt finds the template around an offset', () => {
    const text = 'docs\n## A\nalpha\n\n## B\nbeta';
    const file = parseTemplateFile(text, 'c.sms.md');
    expect(templateAt(file, 0)).toBeUndefined();
    expect(templateAt(file, text.indexOf('alpha'))?.id).toBe('a');
    expect(templateAt(file, text.indexOf('## B'))?.id).toBe('b');
    expect(templateAt(file, text.length)?.id).toBe('b');
  });
});

describe('single-template files (*.sms)', () => {
  it('reads front matter and the body; the id comes from the file name', () => {
    const text = '---\r\nkind: transactional\r\nvariables:\r\n  code: {maxLength: 6, charset: digits}\r\n---\r\n\r\nYour code is {{code}}.\r\n\r\n';
    const file = parseTemplateFile(text, 'file:///repo/templates/Login%20Code.sms');
    expect(file.format).toBe('single');
    expect(file.templates).toHaveLength(1);
    const [template] = file.templates;
    expect(template.id).toBe('login-code');
    expect(template.title).toBe('Login Code');
    expect(template.metadata).toMatchObject({ kind: 'transactional', variables: { code: { maxLength: 6, charset: 'digits' } } });
    expect(template.body.text).toBe('Your code is {{code}}.');
    expect(slice(file, template.body.range)).toBe('Your code is {{code}}.');
    expect(template.headingRange).toBeUndefined();
  });

  it('a file without front matter is all body; headings are literal text', () => {
    const file = parseTemplateFile('## not a heading\nHi', 'C:\\t\\hello.sms');
    expect(file.templates[0].id).toBe('hello');
    expect(file.templates[0].body.text).toBe('## not a heading\nHi');
  });

  it('the format can be forced', () => {
    expect(parseTemplateFile('## A\nx', 'untitled-1', { format: 'single' }).format).toBe('single');
    expect(parseTemplateFile('## A\nx', 'x.sms', { format: 'catalog' }).templates[0].id).toBe('a');
  });
});
