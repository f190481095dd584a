#!/usr/bin/env node
/**
 * Locale files as template sources (config `sources`): lint throughput on generated locale
 * files holding the 10,000 message bodies of the lint benchmark's catalog
 * (bench/lint/catalog.js):
 *   - a Rails YAML file (`en: sms: msg_N:`; the yaml library's choice of plain or quoted
 *     scalars, every fifth string a folded `>` block; `{{x}}` written `%{x}`), rails dialect;
 *   - an i18next JSON file (`sms.msg_N`, `{{x}}`), handlebars dialect;
 * measuring reading alone (the located readers), a full lint (`lintText` through the
 * source), and `fixText` on the JSON, next to a full lint of the same bodies as a
 * `*.sms.md` catalog. Median of ROUNDS runs, strings per second.
 *
 * Build first:  npx tsc -b && node bench/locale-files/run.js   (writes bench/locale-files/RESULTS.md)
 * Env: STRINGS (default 10000), ROUNDS (default 3).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Document, Scalar } from 'yaml';
import { generateLintCatalog } from '../lint/catalog.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const core = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href);

const STRINGS = Number(process.env.STRINGS ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

// The catalog's bodies, without directive lines (a locale string holds the message only).
const catalog = generateLintCatalog(STRINGS);
const bodies = core
  .parseTemplateFile(catalog, 'bench.sms.md')
  .templates.map((t) => t.body.text.replace(/<!--[^\n]*-->\n?/g, '').trim())
  .filter((b) => b.length > 0);

const yamlDoc = new Document({ en: { sms: Object.fromEntries(bodies.map((b, i) => [`msg_${i}`, b.replace(/\{\{\s*([\w.]+)\s*\}\}/g, '%{$1}')])) } });
bodies.forEach((_, i) => {
  if (i % 5 === 4) yamlDoc.getIn(['en', 'sms', `msg_${i}`], true).type = Scalar.BLOCK_FOLDED;
});
const yamlText = yamlDoc.toString({ lineWidth: 100 });
const jsonText = `${JSON.stringify({ sms: Object.fromEntries(bodies.map((b, i) => [`msg_${i}`, b])) }, null, 2)}\n`;
const catalogText = bodies.map((b, i) => `## Message ${i}\n\n${b}\n`).join('\n');

const base = { sources: ['bench'] };
const railsConfig = { ...base, templateSources: core.resolveTemplateSources([{ preset: 'rails', files: ['**/*.yml'], keys: ['*.sms.*'] }]) };
const i18nextConfig = { ...base, templateSources: core.resolveTemplateSources([{ preset: 'i18next', files: ['**/*.json'], keys: ['sms.*'] }]) };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function measure(fn) {
  const wall = [];
  const cpu = [];
  let result;
  for (let i = 0; i < ROUNDS; i++) {
    const c = process.cpuUsage();
    const start = performance.now();
    result = fn();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), min: Math.min(...wall), max: Math.max(...wall), cpu: median(cpu), result };
}

const rows = [];
function row(name, fn, count = bodies.length) {
  const m = measure(fn);
  rows.push({ name, ...m, rate: Math.round((count / m.wall) * 1000) });
  process.stderr.write(`${name}: ${m.wall.toFixed(0)} ms\n`);
  return m.result;
}

row('read YAML (yaml library ranges + unit maps)', () => core.SOURCE_FORMATS.yaml.read(yamlText));
row('read JSON (jsonc-parser + unit maps)', () => core.SOURCE_FORMATS.json.read(jsonText));
const rails = row('full lint, Rails YAML (`lintText`, rails dialect)', () => core.lintText(yamlText, { filePath: 'config/locales/en.yml', config: railsConfig }));
const i18n = row('full lint, i18next JSON (`lintText`, handlebars)', () => core.lintText(jsonText, { filePath: 'locales/en/translation.json', config: i18nextConfig }));
const plain = row('same bodies as a `*.sms.md` catalog (`lintText`)', () => core.lintText(catalogText, { filePath: 'bench.sms.md', config: base }));
const fixed = row('`fixText`, i18next JSON (lint, fix, re-lint until stable)', () => core.fixText(jsonText, { filePath: 'locales/en/translation.json', config: i18nextConfig }));
const fixedValues = JSON.parse(fixed.output);

const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toPrecision(3));
const lines = [
  '# Locale files as sources (bench/locale-files/run.js)',
  '',
  `${bodies.length.toLocaleString('en-US')} message bodies of the lint benchmark's generated catalog, written as one Rails YAML`,
  `file (${Math.round(yamlText.length / 1024)} KiB, \`en.sms.msg_N\`, every fifth a folded block) and one i18next JSON file`,
  `(${Math.round(jsonText.length / 1024)} KiB), each string a template (config \`sources\`). Built \`@smslint/core\` in one Node`,
  `process; median of ${ROUNDS} rounds. Templates: ${rails.file.templates.length.toLocaleString('en-US')} (YAML), ${i18n.file.templates.length.toLocaleString('en-US')} (JSON), ${plain.file.templates.length.toLocaleString('en-US')} (catalog).`,
  `Findings: ${rails.findings.length.toLocaleString('en-US')} (YAML), ${i18n.findings.length.toLocaleString('en-US')} (JSON), ${plain.findings.length.toLocaleString('en-US')} (catalog); \`fixText\` fix passes: ${fixed.passes}; the fixed JSON parses (${Object.keys(fixedValues.sms).length.toLocaleString('en-US')} strings).`,
  `Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()[0].toFixed(1)} (shared machine). Run: ${new Date().toISOString()}.`,
  '',
  '| measurement | wall median | wall min | wall max | CPU median | strings / s (wall median) |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${ms(r.wall)} ms | ${ms(r.min)} ms | ${ms(r.max)} ms | ${ms(r.cpu)} ms | ${r.rate.toLocaleString('en-US')} |`),
  '',
  'A locale string is linted as a single template of its own (parse, rules, then every',
  'finding and fix mapped back through the string\'s unit map), so a source file costs about',
  'what the same bodies cost in a catalog, plus reading the file with its library and',
  'building the maps.',
  '',
];
writeFileSync(path.join(here, 'RESULTS.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
