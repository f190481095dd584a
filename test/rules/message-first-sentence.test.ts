/**
 * Issue 15: each message's first sentence says the problem and the fix in about 100
 * characters (the Problems panel and a terminal row show that much); the explanation
 * follows in later sentences. Lints the bundled templates, the rule docs examples and the
 * corpora with the default config and with every rule at "error", and checks every finding.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintText, rules, type LintOptions } from '@smslint/core';
import { ruleDocExamples } from './rule-doc-examples.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CAP = 110;

/**
 * Rules whose wording another change of issue 15 owns (ucs2-character's message is rewritten
 * there): their offenders are printed, not failed. Remove an id once that change is merged.
 */
const REWORDED_ELSEWHERE = new Set<string>();

/**
 * The first sentence: up to the first ". " (the full stop included) that does not end an
 * abbreviation ("e.g. ", "i.e. "), or the whole message.
 */
function firstSentence(message: string): string {
  for (let end = message.indexOf('. '); end >= 0; end = message.indexOf('. ', end + 1)) {
    if (!/\b(?:e\.g|i\.e)$/.test(message.slice(0, end))) return message.slice(0, end + 1);
  }
  return message;
}

interface Sample {
  where: string;
  filePath: string;
  text: string;
}

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path, keep) : keep(name) ? [path] : [];
    });
}

function samples(): Sample[] {
  const out: Sample[] = [];
  for (const path of filesUnder(join(root, 'templates'), (n) => n.endsWith('.sms.md') || n.endsWith('.sms'))) {
    out.push({ where: relative(root, path), filePath: path, text: readFileSync(path, 'utf8') });
  }
  for (const path of filesUnder(join(root, 'docs/rules'), (n) => n.endsWith('.md'))) {
    for (const example of ruleDocExamples(readFileSync(path, 'utf8'))) {
      const filePath = example.format === 'sms' ? 'example.sms' : 'example.sms.md';
      out.push({ where: `${relative(root, path)}:${example.line}`, filePath, text: example.code });
    }
  }
  for (const path of filesUnder(join(root, 'test/corpus'), (n) => n.endsWith('.json'))) {
    const rows = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (!Array.isArray(rows)) continue;
    for (const row of rows as Array<Record<string, unknown>>) {
      if (typeof row?.text !== 'string') continue;
      out.push({ where: `${relative(root, path)}#${String(row.id)}`, filePath: 'corpus.sms', text: row.text });
    }
  }
  return out;
}

const everyRuleAtError: LintOptions['ruleOverrides'] = Object.fromEntries(rules.map((r) => [r.meta.id, 'error']));

describe('message first sentence', () => {
  const all = samples();

  it('finds templates, docs examples and corpus texts to check', () => {
    expect(all.filter((s) => s.where.startsWith('templates/')).length).toBeGreaterThanOrEqual(10);
    expect(all.filter((s) => s.where.startsWith('docs/rules/')).length).toBeGreaterThanOrEqual(rules.length * 2);
    expect(all.filter((s) => s.where.startsWith('test/corpus/')).length).toBeGreaterThanOrEqual(500);
  });

  it.each([
    ['the default config', undefined],
    ['every rule at "error"', everyRuleAtError],
  ])(`with %s, every finding's first sentence is at most ${CAP} characters`, (_name, ruleOverrides) => {
    const longest = new Map<string, { length: number; sentence: string; where: string }>();
    let findings = 0;
    for (const sample of all) {
      for (const finding of lintText(sample.text, { filePath: sample.filePath, ruleOverrides }).findings) {
        findings++;
        const sentence = firstSentence(finding.message);
        const seen = longest.get(finding.ruleId);
        if (!seen || sentence.length > seen.length) longest.set(finding.ruleId, { length: sentence.length, sentence, where: sample.where });
      }
    }
    expect(findings).toBeGreaterThan(100);
    const over = [...longest].filter(([, v]) => v.length > CAP).sort((a, b) => b[1].length - a[1].length);
    const line = ([id, v]: (typeof over)[number]) => `${id} at ${v.length} (${v.where}): ${v.sentence}`;
    const elsewhere = over.filter(([id]) => REWORDED_ELSEWHERE.has(id));
    if (elsewhere.length > 0) console.warn(`first sentences over ${CAP} characters, reworded in another change:\n${elsewhere.map(line).join('\n')}`);
    expect(over.filter(([id]) => !REWORDED_ELSEWHERE.has(id)).map(line)).toEqual([]);
  });
});
