/**
 * The examples in docs/*.md are executed, so the guides cannot drift from the code:
 * config JSON validates against the shipped schema, catalog samples parse cleanly and lint
 * without errors, directive samples name real directives and rules, YAML variable specs
 * validate, the GitHub Action workflow uses inputs the action declares, and every
 * `smslint --flag` in a shell block is a flag the CLI knows.
 * (docs/rules/*.md and docs/writing-great-sms-replies.md have their own harnesses.)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lintText, parseTemplateFile, validateConfig } from '@smslint/core';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docsDir = join(root, 'docs');

interface Block {
  file: string;
  line: number;
  lang: string;
  text: string;
}

function fencedBlocks(file: string): Block[] {
  const lines = readFileSync(join(docsDir, file), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i].startsWith('```'); i++) body.push(lines[i]);
    blocks.push({ file, line: start + 1, lang: open[1], text: body.join('\n') + '\n' });
  }
  return blocks;
}

const guides = readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'writing-great-sms-replies.md');
const blocks = guides.flatMap(fencedBlocks);
const where = (b: Block) => `${b.file}:${b.line}`;
const byLang = (...langs: string[]) => blocks.filter((b) => langs.includes(b.lang));

describe('docs examples', () => {
  it('finds the examples it checks', () => {
    expect(byLang('json').length).toBeGreaterThanOrEqual(4);
    expect(byLang('md', 'markdown').length).toBeGreaterThanOrEqual(3);
    expect(byLang('sh').length).toBeGreaterThanOrEqual(5);
  });

  it.each(byLang('json').map((b) => [where(b), b] as const))('%s: config JSON is valid against the schema', (_, block) => {
    const { errors } = validateConfig(JSON.parse(block.text), block.file);
    expect(errors.map((e) => `${e.pointer}: ${e.message}`)).toEqual([]);
  });

  const catalogs = byLang('md', 'markdown').filter((b) => /^## /m.test(b.text));
  it.each(catalogs.map((b) => [where(b), b] as const))('%s: catalog sample parses cleanly and lints without errors', (_, block) => {
    const file = parseTemplateFile(block.text, 'example.sms.md');
    expect(file.problems).toEqual([]);
    expect(file.templates.length).toBeGreaterThan(0);
    for (const t of file.templates) expect(t.problems, t.id).toEqual([]);
    const errors = lintText(block.text, { filePath: 'example.sms.md' }).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  const directiveSamples = byLang('md', 'markdown').filter((b) => !/^## /m.test(b.text) && b.text.includes('smslint-'));
  it.each(directiveSamples.map((b) => [where(b), b] as const))('%s: directive sample names real directives and rules', (_, block) => {
    // Put the sample in a template whose lines each have something to disable.
    const catalog = `## Sample\n${block.text}It\u2019s here.\n`;
    const messages = lintText(catalog, { filePath: 'example.sms.md' }).findings.map((f) => f.message);
    expect(messages.filter((m) => /unknown (rule|directive)/i.test(m))).toEqual([]);
  });

  it('YAML variable specs validate as config variables', () => {
    const specs = byLang('yaml').map((b) => parseYaml(b.text) as Record<string, unknown>).filter((y) => y && 'variables' in y);
    expect(specs.length).toBeGreaterThan(0);
    for (const spec of specs) expect(validateConfig({ variables: spec.variables }, 'docs').errors).toEqual([]);
  });

  it('GitHub workflows use inputs the smslint action declares', () => {
    const action = parseYaml(readFileSync(join(root, 'packages/github-action/action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
    const workflows = byLang('yaml').map((b) => parseYaml(b.text) as { jobs?: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> });
    const steps = workflows.flatMap((w) => Object.values(w?.jobs ?? {}).flatMap((j) => j.steps ?? [])).filter((s) => s.uses?.includes('github-action'));
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), input).toContain(input);
  });

  it('every smslint --flag in a shell example is a flag the CLI knows', () => {
    const help = execFileSync(process.execPath, [join(root, 'packages/cli/bin/smslint.js'), '--help'], { encoding: 'utf8' });
    const known = new Set(help.match(/--[a-z][a-z-]*/g));
    const used = byLang('sh', 'bash', '')
      .flatMap((b) => b.text.split('\n').map((line) => [where(b), line] as const))
      .filter(([, line]) => /^\s*(npx )?smslint(?![\w-])/.test(line))
      .flatMap(([at, line]) => (line.replace(/#.*$/, '').match(/--[a-z][a-z-]*/g) ?? []).map((flag) => `${at} ${flag}`));
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((u) => !known.has(u.split(' ')[1]))).toEqual([]);
  });
});
