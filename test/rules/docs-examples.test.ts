import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixText, lintText, rules, type Rule } from '@smslint/core';
import { ruleDocExamples, type RuleDocExample } from './rule-doc-examples.js';

/**
 * Rule docs harness: every rule in the registry has docs/rules/<id>.md whose examples
 * are linted here, so docs and behaviour cannot drift. Format: docs/rules/README.md.
 */
const docsDir = fileURLToPath(new URL('../../docs/rules/', import.meta.url));

type Example = RuleDocExample;
const examplesOf = ruleDocExamples;

function severityTable(markdown: string): Record<string, string> | undefined {
  const section = /## Default severity\s*\n\s*\|([^\n]+)\|\s*\n\s*\|[-\s|]+\|\s*\n\s*\|([^\n]+)\|/.exec(markdown);
  if (!section) return undefined;
  const heads = section[1].split('|').map((s) => s.trim());
  const values = section[2].split('|').map((s) => s.trim());
  return Object.fromEntries(heads.map((h, i) => [h, values[i]]));
}

const filePathFor = (example: Example) => (example.format === 'sms' ? 'example.sms' : 'example.sms.md');
const ruleIdsOf = (example: Example) =>
  lintText(example.code, { filePath: filePathFor(example) }).findings.map((f) => f.ruleId);

describe('docs/rules/README.md', () => {
  it('lists every rule in its index table', () => {
    const readme = readFileSync(`${docsDir}README.md`, 'utf8');
    const missing = rules.map((r) => r.meta.id).filter((id) => !readme.includes(`[${id}](${id}.md)`));
    expect(missing).toEqual([]);
  });
});

describe.each(rules.map((rule): [string, Rule] => [rule.meta.id, rule]))('docs/rules/%s.md', (id, rule) => {
  const file = `${docsDir}${id}.md`;
  const markdown = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const examples = examplesOf(markdown);

  it('exists with a title, description, options and examples', () => {
    expect(existsSync(file), `missing ${file}`).toBe(true);
    expect(markdown.startsWith(`# ${id}\n`)).toBe(true);
    expect(markdown).toMatch(/## Options/);
    expect(markdown).toMatch(/## Examples/);
    expect(examples.some((e) => e.verdict === 'ok'), 'needs an ok example').toBe(true);
    expect(examples.some((e) => e.verdict === 'not-ok'), 'needs a not-ok example').toBe(true);
    if (rule.meta.fixable) expect(examples.some((e) => e.verdict === 'fixed'), 'fixable: needs a fixed example').toBe(true);
  });

  it('documents the default severities of meta.defaultSeverity', () => {
    expect(severityTable(markdown)).toEqual(rule.meta.defaultSeverity);
  });

  it('docsUrl points at this page', () => {
    expect(rule.meta.docsUrl.endsWith(`/docs/rules/${id}.md`)).toBe(true);
  });

  examples.forEach((example, index) => {
    if (example.verdict === 'not-ok') {
      it(`not-ok example at line ${example.line} produces ${id}`, () => {
        expect(ruleIdsOf(example)).toContain(id);
      });
    } else if (example.verdict === 'ok') {
      it(`ok example at line ${example.line} does not produce ${id}`, () => {
        const findings = lintText(example.code, { filePath: filePathFor(example) }).findings.filter((f) => f.ruleId === id);
        expect(findings.map((f) => f.message)).toEqual([]);
      });
    } else {
      it(`fixed example at line ${example.line} equals fixText of the not-ok example before it`, () => {
        const before = examples[index - 1];
        expect(before?.verdict, 'a fixed block must follow a not-ok block').toBe('not-ok');
        const fixed = fixText(before.code, { filePath: filePathFor(before) });
        expect(fixed.output).toBe(example.code);
        // Idempotent: fixing the fixed text changes nothing.
        expect(fixText(fixed.output, { filePath: filePathFor(before) }).output).toBe(fixed.output);
      });
    }
  });
});
