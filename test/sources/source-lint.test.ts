/**
 * Core behaviour of locale sources: key globs, presets and config merging, what each
 * format selects (plural .po forms, arrays, non-string values), whole-string fallbacks, and
 * broken locale files reported as located problems and never fixed.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compileKeyGlob, fixText, validateConfig, lintText, matrixEntries, mergeConfigs, resolveTemplateSources, templateSourceFor, type ResolvedConfig } from '@smslint/core';

const config = (sources: Parameters<typeof resolveTemplateSources>[0], extra: Partial<ResolvedConfig> = {}): ResolvedConfig => ({
  sources: [],
  templateSources: resolveTemplateSources(sources),
  rules: { 'multichannel-redirect': 'off' },
  ...extra,
});

const ids = (text: string, filePath: string, cfg: ResolvedConfig) => lintText(text, { filePath, config: cfg }).file.templates.map((t) => t.id);

describe('key globs', () => {
  it('matches one key with *, any depth with **, and wildcards inside a key', () => {
    const cases: [string, string[], boolean][] = [
      ['*.sms.**', ['en', 'sms', 'a'], true],
      ['*.sms.**', ['en', 'sms', 'a', 'b'], true],
      ['*.sms.**', ['en', 'sms'], true],
      ['*.sms.**', ['en', 'web', 'sms'], false],
      ['sms.*', ['sms', 'a', 'b'], false],
      ['**.text_message', ['fr', 'x', 'y', 'text_message'], true],
      ['sms_*', ['sms_reminder'], true],
      ['sms_*', ['email_reminder'], false],
      ['*', ['Your code is %(token)s. Thanks.'], true],
    ];
    for (const [glob, key, expected] of cases) expect(compileKeyGlob(glob)(key), `${glob} ~ ${key.join('/')}`).toBe(expected);
  });
});

describe('sources config', () => {
  it('presets give files, format and dialect; bare names are presets', () => {
    const [rails, i18next, gettext] = resolveTemplateSources(['rails', { preset: 'i18next', keys: 'sms.**' }, { preset: 'gettext', placeholders: 'icu' }]);
    expect(rails).toMatchObject({ format: 'yaml', placeholders: 'rails', keys: ['**'], localeKey: true });
    expect(i18next).toMatchObject({ format: 'json', placeholders: 'handlebars', keys: ['sms.**'] });
    expect(gettext).toMatchObject({ format: 'po', placeholders: 'icu' });
  });

  it('merges nearest config first, so its entry wins for a file both select, and keeps the config file list', () => {
    const merged = mergeConfigs(
      [{ sources: [{ files: '/p/app/locales/*.json', placeholders: 'icu' }] }, { sources: [{ files: '/p/**/*.json', placeholders: 'handlebars' }] }],
      ['/p/app/smslint.config.json', '/p/smslint.config.json'],
    );
    expect(merged.sources).toEqual(['/p/app/smslint.config.json', '/p/smslint.config.json']);
    expect(templateSourceFor(merged, '/p/app/locales/en.json')?.source.placeholders).toBe('icu');
    expect(templateSourceFor(merged, '/p/other/en.json')?.source.placeholders).toBe('handlebars');
    expect(templateSourceFor(merged, '/p/app/locales/en.sms.md')).toBeUndefined();
  });

  it('validates entries: a preset name or an object with files or a preset', () => {
    expect(validateConfig({ sources: ['rails', { files: 'a/*.json', keys: ['sms.**'], placeholders: 'icu', format: 'json' }] }, 'c.json').errors).toEqual([]);
    for (const bad of [['nope'], [{ keys: 'sms.**' }], [{ files: 'x', placeholders: 'erb' }], [{ files: 'x', format: 'xml' }], [{ files: [] }]]) {
      expect(validateConfig({ sources: bad }, 'c.json').errors.length, JSON.stringify(bad)).toBeGreaterThan(0);
    }
  });

  it('takes the format from the extension unless given', () => {
    const cfg = config([{ files: 'strings/*' }]);
    expect(templateSourceFor(cfg, 'strings/a.yaml', process.cwd())?.format).toBe('yaml');
    expect(templateSourceFor(cfg, 'strings/a.pot', process.cwd())?.format).toBe('po');
    expect(templateSourceFor(cfg, 'strings/a.txt', process.cwd())).toBeUndefined();
    expect(templateSourceFor(config([{ files: 'strings/*', format: 'json' }]), 'strings/a.txt', process.cwd())?.format).toBe('json');
  });
});

describe('what each format selects', () => {
  it('JSON: nested keys and array items; numbers, booleans and null are not templates', () => {
    const text = '{ "sms": { "a": "Hi", "list": ["One", "Two"], "n": 3, "b": true, "z": null } }';
    expect(ids(text, path.resolve('x.json'), config([{ files: '**/*.json' }]))).toEqual(['sms.a', 'sms.list.0', 'sms.list.1']);
  });

  it('YAML: a Rails file gives the locale from its first key', () => {
    const result = lintText('fr:\n  sms:\n    a: Bonjour\n', { filePath: path.resolve('config/locales/fr.yml'), config: config(['rails']) });
    expect(result.file.templates.map((t) => [t.id, t.metadata.locale])).toEqual([['fr.sms.a', 'fr']]);
  });

  it('.po: each plural form is a template keyed [msgctxt, msgid, n]; header and untranslated entries are skipped', () => {
    const po = [
      'msgid ""',
      'msgstr "Plural-Forms: nplurals=2; plural=(n != 1);\\n"',
      '',
      'msgctxt "sms"',
      'msgid "%d item shipped"',
      'msgid_plural "%d items shipped"',
      'msgstr[0] "%d artikel verzonden"',
      'msgstr[1] "%d artikelen verzonden"',
      '',
      'msgid "untranslated"',
      'msgstr ""',
      '',
      '#~ msgid "old"',
      '#~ msgstr "oud"',
      '',
    ].join('\n');
    expect(ids(po, path.resolve('nl.po'), config(['gettext']))).toEqual(['sms.%d item shipped.0', 'sms.%d item shipped.1']);
  });
});

describe('a locale string is a body, never a file', () => {
  // Front matter exists only in template files: a string starting with "---" is text.
  const value = '---\nkind: marketing\n---\nYour order shipped.';
  it.each([
    ['JSON', 'en.json', JSON.stringify({ sms: { a: value } }), config([{ files: '**/*.json' }])],
    ['YAML', 'config/locales/en.yml', `en:\n  sms:\n    a: ${JSON.stringify(value)}\n`, config(['rails'])],
    ['.po', 'en.po', `msgid "a"\nmsgstr ${JSON.stringify(value)}\n`, config(['gettext'])],
  ])('%s: a leading "---" is part of the message, not front matter', (_, file, text, cfg) => {
    const result = lintText(text, { filePath: path.resolve(file), config: cfg });
    const [template] = result.file.templates;
    expect(template.body.text).toBe(value);
    expect(template.metadata.kind).toBeUndefined();
    expect(result.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    // The matrix re-parses the decoded string on its own: still a body, dashes included.
    const [entry] = matrixEntries(result.file, cfg, 'en');
    expect(entry.template.body.text).toBe(value);
  });
});

describe('whole-string fallbacks', () => {
  it('a plain YAML scalar that a fix would turn into another YAML form is rewritten double-quoted', () => {
    const filePath = path.resolve('config/locales/en.yml');
    // Plain-safe edits stay local; a plain scalar starting with ' would become a quoted one.
    expect(fixText('en:\n  sms:\n    a: Thx 4 waiting # comment\n', { filePath, config: config(['rails']) }).output).toBe('en:\n  sms:\n    a: Thanks 4 waiting # comment\n');
    expect(fixText('en:\n  sms:\n    a: \u2019Hi\u2019 there\n', { filePath, config: config(['rails']) }).output).toBe('en:\n  sms:\n    a: "\'Hi\' there"\n');
  });

  it('a string in a YAML flow collection is fixed as a whole double-quoted string', () => {
    const { output } = fixText('en: { sms: { a: Thx for waiting } }\n', { filePath: path.resolve('config/locales/en.yml'), config: config(['rails']) });
    expect(output).toBe('en: { sms: { a: "Thanks for waiting" } }\n');
  });

  it('a block scalar with an explicit indentation indicator is mapped from the indentation of its key', () => {
    const text = 'en:\n  sms:\n    a: |2\n         Thx for waiting\n';
    const result = lintText(text, { filePath: path.resolve('config/locales/en.yml'), config: config(['rails']) });
    expect(result.file.templates[0].body.text).toMatch(/^ {3}Thx for waiting\n?$/);
    const speak = result.findings.find((f) => f.ruleId === 'text-speak')!;
    expect(text.slice(speak.range.start, speak.range.end)).toBe('Thx');
  });

  it('a form the reader does not map unit by unit gets findings on the whole string', () => {
    // An escaped line break followed by an empty line in a double-quoted scalar.
    const text = 'en:\n  sms:\n    a: "Thx \\\n\n      for waiting"\n';
    const result = lintText(text, { filePath: path.resolve('config/locales/en.yml'), config: config(['rails']) });
    const speak = result.findings.find((f) => f.ruleId === 'text-speak')!;
    expect(text.slice(speak.range.start, speak.range.end)).toBe('"Thx \\\n\n      for waiting"');
    // Its fix rewrites the whole string.
    const output = fixText(text, { filePath: path.resolve('config/locales/en.yml'), config: config(['rails']) }).output;
    const value = (yaml: string) => (parseYaml(yaml) as { en: { sms: { a: string } } }).en.sms.a;
    expect(output).toMatch(/^en:\n {2}sms:\n {4}a: "Thanks [^\n]*"\n$/);
    expect(value(output)).toBe(value(text).replace('Thx', 'Thanks'));
  });
});

describe('broken locale files', () => {
  const cases: [string, string, string][] = [
    ['en.json', '{ "sms": { "a": "Thx" ', 'source-json'],
    ['config/locales/en.yml', 'en:\n  sms:\n    a: "Thx\n  b: [\n', 'source-yaml'],
    ['en.po', 'msgid "a"\nmsgstr "Thx\n', 'source-po'],
  ];
  for (const [file, text, code] of cases) {
    it(`${code}: a located parse-error, and --fix leaves the file alone`, () => {
      const cfg = config([{ files: '**/*.{json,yml,po}' }]);
      const filePath = path.resolve(file);
      const result = lintText(text, { filePath, config: cfg });
      expect(result.file.problems.map((p) => p.code)).toContain(code);
      const error = result.findings.find((f) => f.ruleId === 'parse-error')!;
      expect(error.severity).toBe('error');
      expect(error.range.start).toBeGreaterThanOrEqual(0);
      expect(error.range.end).toBeLessThanOrEqual(text.length);
      expect(result.findings.filter((f) => f.fix || f.suggestions)).toEqual([]);
      expect(fixText(text, { filePath, config: cfg }).output).toBe(text);
    });
  }

  it('binary and invalid input never throws', () => {
    const cfg = config([{ files: '**/*.json' }]);
    for (const text of ['\u0000\u0001\uFFFD', '"\\ud800"', '[' .repeat(5000), '{"a": "\\u12"}']) {
      expect(() => lintText(text, { filePath: path.resolve('x.json'), config: cfg })).not.toThrow();
    }
  });
});
