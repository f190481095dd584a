import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, loadConfig, parseTemplateFile, templateSegmentRange, type Finding } from '@smslint/core';
import { libraryName, listTemplateFiles, SCENARIOS, TEMPLATES_DIR } from './library-catalogs.js';
import { placeholderRoots } from './placeholders.js';

const files = listTemplateFiles();
const read = (file: string) => readFileSync(file, 'utf8');
const describeFinding = (f: Finding) => `${f.templateId ?? '(file)'} ${f.severity} ${f.ruleId}: ${f.message}`;

describe('template library layout', () => {
  it('has one catalog per required scenario', () => {
    for (const scenario of SCENARIOS) {
      expect(existsSync(path.join(TEMPLATES_DIR, `${scenario}.sms.md`)), scenario).toBe(true);
    }
  });

  it('holds at least 60 templates', () => {
    const count = files.reduce((sum, file) => sum + parseTemplateFile(read(file), file).templates.length, 0);
    expect(count).toBeGreaterThanOrEqual(60);
  });

  it('indexes every template file in templates/README.md', () => {
    const readme = read(path.join(TEMPLATES_DIR, 'README.md'));
    for (const file of files) expect(readme, libraryName(file)).toContain(`(${libraryName(file)})`);
  });
});

describe.each(files.map((file) => [libraryName(file), file]))('%s', (_name, file) => {
  const text = read(file);
  const parsed = parseTemplateFile(text, file);
  const { config, errors: configErrors } = loadConfig(file);

  it('parses without problems', () => {
    expect(configErrors).toEqual([]);
    expect(parsed.format).toBe(file.endsWith('.sms.md') ? 'catalog' : 'single');
    expect(parsed.problems).toEqual([]);
    expect(parsed.templates.flatMap((t) => t.problems)).toEqual([]);
    expect(parsed.templates.length).toBeGreaterThan(0);
  });

  it('declares a kind and the brand for every template', () => {
    expect(parsed.frontMatter).not.toBeNull();
    if (parsed.format === 'catalog') expect(parsed.defaults.kind).toMatch(/^(support|transactional|marketing)$/);
    for (const template of parsed.templates) {
      expect(template.metadata.kind, template.id).toMatch(/^(support|transactional|marketing)$/);
      expect(template.metadata.brand, template.id).toBe('Northwind');
    }
  });

  it('declares every placeholder with a maximum length, a charset and a sample that fits them', () => {
    for (const template of parsed.templates) {
      const declared = template.metadata.variables ?? {};
      for (const name of placeholderRoots(template.body.nodes)) {
        expect(declared[name], `${template.id} uses {{${name}}}`).toBeDefined();
        expect(declared[name].maxLength, `${template.id}: ${name}.maxLength`).toBeGreaterThan(0);
        // Only charsets that can never switch the message to UCS-2 (sms-facts §1).
        expect(declared[name].charset, `${template.id}: ${name}.charset`).toMatch(/^(gsm|digits|ascii)$/);
        const sample = declared[name].sample ?? '';
        expect(sample, `${template.id}: ${name}.sample`).not.toBe('');
        expect(sample.length, `${template.id}: ${name}.sample fits maxLength`).toBeLessThanOrEqual(declared[name].maxLength ?? 0);
        if (declared[name].charset === 'digits') expect(sample, `${template.id}: ${name}.sample`).toMatch(/^\d+$/);
      }
    }
  });

  it('keeps every template within its segment budget at maximum variable lengths', () => {
    const countOptions = { shiftTables: config.shiftTables };
    for (const template of parsed.templates) {
      const range = templateSegmentRange(template, { countOptions });
      const budget = template.metadata.maxSegments ?? config.maxSegments ?? 2;
      expect(range.exact, template.id).toBe(true);
      expect(range.max.segments, `${template.id}: ${range.maxText}`).toBeLessThanOrEqual(budget);
      expect(range.max.ucs2Characters, template.id).toEqual([]);
    }
  });

  it('starts every message with the brand', () => {
    for (const template of parsed.templates) {
      expect(template.body.text.trimStart().startsWith(template.metadata.brand ?? '\0'), template.id).toBe(true);
    }
  });

  it('links only to the branded domain and uses no fictional 555-01XX numbers', () => {
    for (const template of parsed.templates) {
      for (const [url] of template.body.text.matchAll(/\bhttps?:\/\/\S+/g)) {
        expect(url, template.id).toMatch(/^https:\/\/nwnd\.co\//);
      }
      expect(template.body.text, template.id).not.toMatch(/555[-. )]*01\d\d/);
    }
  });

  it('lints with zero errors and zero warnings', () => {
    const result = lintText(text, { filePath: file, config });
    const problems = result.findings.filter((f) => f.severity !== 'info').map(describeFinding);
    expect(result.configErrors ?? []).toEqual([]);
    expect(problems).toEqual([]);
  });
});
