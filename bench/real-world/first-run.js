#!/usr/bin/env node
/**
 * What a new user sees on the first run: every real-world corpus template as its own `.sms`
 * file (placeholders as Handlebars, see corpus.js) in an empty folder, linted by the built
 * CLI with no config (`smslint --format json <dir>`). Prints warnings + errors per template,
 * per rule, and a seeded random sample of findings to hand-check.
 *
 *   npm run build && node bench/real-world/first-run.js [--sample 50] [--seed 12] [--json]
 *
 * --json prints {templates, warnings, errors, infos, average, byRule, sample} instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../lib/seeded-random.js';
import { asHandlebars, loadRealWorld } from './corpus.js';

const { values } = parseArgs({ options: { sample: { type: 'string', default: '50' }, seed: { type: 'string', default: '12' }, json: { type: 'boolean' } } });
const bin = fileURLToPath(new URL('../../packages/cli/bin/smslint.js', import.meta.url));

const corpus = loadRealWorld();
const dir = mkdtempSync(join(tmpdir(), 'smslint-first-run-'));
try {
  const byFile = new Map();
  for (const entry of corpus) {
    const file = `${entry.id}.sms`;
    byFile.set(file, entry);
    writeFileSync(join(dir, file), `${asHandlebars(entry).text}\n`);
  }
  let stdout;
  try {
    stdout = execFileSync(process.execPath, [bin, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    // Exit code 1 means "findings at error severity": the report is still on stdout.
    if (error.status !== 1) throw error;
    stdout = error.stdout;
  }
  const reports = JSON.parse(stdout).results;
  const findings = [];
  for (const report of reports) {
    const name = report.filePath.split(/[\\/]/).pop();
    const entry = byFile.get(name);
    for (const m of report.messages) findings.push({ template: entry?.id ?? name, text: entry ? asHandlebars(entry).text : '', ...m });
  }
  const severityOf = (m) => (m.severity === 2 ? 'error' : m.severity === 1 ? 'warning' : m.severity === 'error' || m.severity === 'warning' || m.severity === 'info' ? m.severity : 'info');
  const counted = findings.filter((f) => severityOf(f) !== 'info');
  const byRule = {};
  for (const f of counted) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
  const random = mulberry32(Number(values.seed));
  const pool = [...counted];
  const sample = [];
  while (sample.length < Number(values.sample) && pool.length > 0) sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0]);
  const summary = {
    templates: corpus.length,
    errors: counted.filter((f) => severityOf(f) === 'error').length,
    warnings: counted.filter((f) => severityOf(f) === 'warning').length,
    infos: findings.length - counted.length,
    average: counted.length / corpus.length,
    byRule: Object.fromEntries(Object.entries(byRule).sort((a, b) => b[1] - a[1])),
    sample: sample.map((f) => ({ template: f.template, ruleId: f.ruleId, severity: severityOf(f), message: f.message, text: f.text })),
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    console.log(`${summary.templates} templates, no config: ${summary.errors} errors + ${summary.warnings} warnings = ${(summary.average).toFixed(2)} per template (${summary.infos} infos not counted)`);
    for (const [rule, n] of Object.entries(summary.byRule)) console.log(`  ${rule.padEnd(28)} ${n}`);
    console.log(`\nRandom sample of ${summary.sample.length} (seed ${values.seed}):`);
    summary.sample.forEach((f, i) => console.log(`\n${i + 1}. [${f.ruleId} ${f.severity}] ${f.template}\n   ${f.message}\n   text: ${JSON.stringify(f.text)}`));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
