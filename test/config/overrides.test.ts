import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearConfigCache, fileSettings, lintText, loadConfig, validateConfig } from '@smslint/core';

/** Config `placeholders` and glob `overrides`, anchored at the config's folder like `ignore`. */
describe('config placeholders and overrides', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'smslint-overrides-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'app', 'notify', 'deep'), { recursive: true });
  mkdirSync(path.join(root, 'app', 'legacy'), { recursive: true });
  writeFileSync(
    path.join(root, 'app', 'smslint.config.json'),
    JSON.stringify({
      root: true,
      placeholders: 'printf',
      overrides: [
        { files: 'notify/**', placeholders: 'notify' },
        { files: ['legacy/*.sms', 'notify/deep/*.sms'], placeholders: 'rails' },
      ],
    }),
  );
  const file = (...parts: string[]) => path.join(root, 'app', ...parts);
  const dialectOfFile = (filePath: string, text = 'Hi ((name)) %{name} %s\n') => {
    clearConfigCache();
    const { config, errors } = loadConfig(filePath);
    expect(errors).toEqual([]);
    return lintText(text, { filePath, config }).file.templates[0].body.dialect;
  };

  it('uses the top-level placeholders outside every override', () => {
    expect(dialectOfFile(file('welcome.sms'))).toBe('printf');
  });

  it('applies the matching override, the later entry winning', () => {
    expect(dialectOfFile(file('notify', 'a.sms'))).toBe('notify');
    expect(dialectOfFile(file('notify', 'deep', 'b.sms'))).toBe('rails');
    expect(dialectOfFile(file('legacy', 'c.sms'))).toBe('rails');
  });

  it('anchors globs at the config folder, not the working directory', () => {
    // A "notify" folder elsewhere is not matched by "notify/**".
    const { config } = loadConfig(file('welcome.sms'));
    expect(fileSettings(config, path.join(root, 'notify', 'x.sms'))).toEqual({ placeholders: 'printf' });
  });

  it('lets front matter and template metadata win over config', () => {
    const text = '---\nplaceholders: rails\n---\n## One\nHi %{name}\n\n## Two\n<!-- smslint: placeholders=handlebars -->\nHi {{name}}\n';
    clearConfigCache();
    const { config } = loadConfig(file('notify', 'catalog.sms.md'));
    const templates = lintText(text, { filePath: file('notify', 'catalog.sms.md'), config }).file.templates;
    expect(templates.map((t) => t.body.dialect)).toEqual(['rails', 'handlebars']);
  });

  it('reads the dialect through the placeholders, so the cost is right', () => {
    clearConfigCache();
    const filePath = file('notify', 'code.sms');
    const { config } = loadConfig(filePath);
    const result = lintText('Your code is ((code)).\n', { filePath, config });
    const nodes = result.file.templates[0].body.nodes;
    expect(nodes.map((n) => n.type)).toEqual(['text', 'variable', 'text']);
    expect(result.file.templates[0].body.masked).toBe('Your code is \uFFFC\uFFFC\uFFFC\uFFFC\uFFFC\uFFFC\uFFFC\uFFFC.');
  });

  it('rejects unknown dialects and override entries without files', () => {
    const { errors } = validateConfig({ placeholders: 'erb', overrides: [{ placeholders: 'notify' }, { files: 'x/**', colour: 'red' }] }, 'smslint.config.json');
    expect(errors.map((e) => e.pointer)).toEqual(expect.arrayContaining(['/placeholders', '/overrides/0', '/overrides/1/colour']));
  });

  it('reports an invalid front matter dialect as a located metadata problem', () => {
    const text = '---\nplaceholders: erb\n---\nHi <%= name %>\n';
    const problems = lintText(text, { filePath: 'x.sms' }).file.problems;
    expect(problems).toEqual([
      expect.objectContaining({ code: 'metadata-invalid', range: { start: 18, end: 21 }, message: expect.stringContaining('"placeholders" must be one of handlebars, liquid') }),
    ]);
  });
});
