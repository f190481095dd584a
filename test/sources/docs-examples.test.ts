/**
 * The locale-file examples of docs/template-format.md ("Locale files as sources") are run:
 * each `<!-- source-example: name -->` is a config block, the locale files (info string
 * `lang path`), the findings the docs promise (`<!-- source-findings: rule "text", … -->`,
 * the text being the exact characters of the file the finding covers) and optionally the
 * file after `--fix` (info string `lang path fixed`).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { clearConfigCache, fixText, lintText, loadConfig, validateConfig } from '@smslint/core';

const doc = readFileSync(fileURLToPath(new URL('../../docs/template-format.md', import.meta.url)), 'utf8');

interface Example {
  name: string;
  config: string;
  files: Map<string, string>;
  fixed: Map<string, string>;
  findings: string[];
}

function examples(): Example[] {
  const parts = doc.split(/<!-- source-example: (\S+) -->\n/).slice(1);
  const out: Example[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const body = parts[i + 1].split(/\n#{2,3} /)[0];
    const example: Example = { name: parts[i], config: '', files: new Map(), fixed: new Map(), findings: [] };
    for (const block of body.matchAll(/```(\S+)([^\n]*)\n([\s\S]*?)```/g)) {
      const [lang, info, text] = [block[1], block[2].trim().split(/\s+/), block[3]];
      if (lang === 'json' && info[0] === '') example.config = text;
      else if (info[1] === 'fixed') example.fixed.set(info[0], text);
      else example.files.set(info[0], text);
    }
    const findings = /<!-- source-findings: (.*?) -->/.exec(body);
    example.findings = findings ? [...findings[1].matchAll(/([\w-]+) "((?:[^"\\]|\\.)*)"/g)].map((m) => `${m[1]} ${m[2]}`) : [];
    out.push(example);
  }
  return out;
}

describe('docs/template-format.md: locale file examples', () => {
  const all = examples();
  it('finds an example for every source format', () => {
    expect(all.map((e) => e.name)).toEqual(['rails', 'i18next', 'gettext']);
    for (const e of all) expect(e.files.size, e.name).toBeGreaterThan(0);
  });

  it.each(all.map((e) => [e.name, e] as const))('%s: lints to the findings the docs show', (_, example) => {
    expect(validateConfig(JSON.parse(example.config), 'docs').errors).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'smslint-docs-sources-'));
    try {
      writeFileSync(join(dir, 'smslint.config.json'), example.config);
      clearConfigCache();
      const found: string[] = [];
      for (const [path, text] of example.files) {
        const file = join(dir, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
        const { config, errors } = loadConfig(file);
        expect(errors).toEqual([]);
        const result = lintText(text, { filePath: file, config });
        expect(result.file.source, `${path} is selected`).toBeDefined();
        for (const f of result.findings) found.push(`${f.ruleId} ${text.slice(f.range.start, f.range.end)}`);
        const fixed = example.fixed.get(path);
        if (fixed !== undefined) expect(fixText(text, { filePath: file, config }).output).toBe(fixed);
      }
      expect(found).toEqual(example.findings);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      clearConfigCache();
    }
  });
});
