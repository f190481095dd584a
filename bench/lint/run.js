#!/usr/bin/env node
/**
 * Lint throughput on a generated 10,000-template catalog (bench/lint/catalog.js), through
 * the built @smslint/core, side by side with markdownlint (default rules) on the same text:
 *   - parse only (parseTemplateFile);
 *   - parse + segment ranges of every template (templateSegmentRange);
 *   - full lint, default rule settings, and with every rule switched on (lintText, no cache);
 *   - warm re-lint after a one-character edit, as the language server does it: memoising
 *     parser (createTemplateParser) + lint cache (createLintCache);
 * each as a median of ROUNDS runs, in templates per second. Then one instrumented full lint
 * that times each rule's check() (the cold path's breakdown).
 *
 * Build first:  npx tsc -b && node bench/lint/run.js   (writes bench/lint/RESULTS.md)
 * Env: TEMPLATES (default 10000), ROUNDS (default 3), EDITS (default 20).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateLintCatalog } from './catalog.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const core = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href);
const { lint: markdownlint } = await import('markdownlint/sync');

const TEMPLATES = Number(process.env.TEMPLATES ?? 10_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const EDITS = Number(process.env.EDITS ?? 20);
const FILE = 'bench-catalog.sms.md';

const text = generateLintCatalog(TEMPLATES);
const allRulesOn = Object.fromEntries(core.rules.map((rule) => [rule.meta.id, 'warn']));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** CPU time (user + system, all threads: includes GC helpers) since `since`, in ms. */
const cpuSince = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/**
 * Median wall and CPU time of `rounds` runs of fn (the first run is counted too: cold JIT
 * shows in max). CPU time is less disturbed than wall time by other work on a shared machine.
 */
function measure(fn, rounds = ROUNDS) {
  const times = [];
  const cpuTimes = [];
  let result;
  for (let i = 0; i < rounds; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
    cpuTimes.push(cpuSince(cpu));
  }
  return { ms: median(times), min: Math.min(...times), max: Math.max(...times), cpu: median(cpuTimes), result };
}

const rows = [];
function row(name, m, templates = TEMPLATES, note = '') {
  rows.push({ name, ms: m.ms, min: m.min, max: m.max, cpu: m.cpu, perSecond: (templates / m.ms) * 1000, note });
  process.stderr.write(`${name}: ${m.ms.toFixed(1)} ms\n`);
  return m.result;
}

// Parse.
const parsed = row('parse only (`parseTemplateFile`)', measure(() => core.parseTemplateFile(text, FILE)));
if (parsed.templates.length !== TEMPLATES) throw new Error(`expected ${TEMPLATES} templates, got ${parsed.templates.length}`);
row(
  'parse + segment ranges of every template',
  measure(() => core.parseTemplateFile(text, FILE).templates.map((t) => core.templateSegmentRange(t))),
);

// Full lint (no cache).
const defaults = row('full lint, default rule settings (`lintText`, no cache)', measure(() => core.lintText(text, { filePath: FILE })));
const everything = row(
  `full lint, all ${core.rules.length} rules on (\`lintText\`, no cache)`,
  measure(() => core.lintText(text, { filePath: FILE, ruleOverrides: allRulesOn })),
);
row(
  'full lint, all rules on, into an empty lint cache',
  measure(() => core.lintText(text, { filePath: FILE, ruleOverrides: allRulesOn }, core.createLintCache())),
);

// Warm: one parser + cache, as the language server keeps per document; edits in
// templates spread over the catalog (each inserts one character in a body).
const parser = core.createTemplateParser();
const cache = core.createLintCache();
let current = text;
let file = parser.parse(current, FILE);
core.lintFile(file, { filePath: FILE, ruleOverrides: allRulesOn }, cache);
const editParse = [];
const editLint = [];
const editParseCpu = [];
const editLintCpu = [];
const WARM_UP = 3; // edits not counted: the JIT compiles the incremental paths first
for (let i = -WARM_UP; i < EDITS; i++) {
  const template = file.templates[Math.floor((((i + WARM_UP) * 7919) % 1000) / 1000 * file.templates.length)];
  const at = template.body.range.start + 3;
  current = current.slice(0, at) + 'x' + current.slice(at);
  let cpu = process.cpuUsage();
  let start = performance.now();
  file = parser.parse(current, FILE);
  const parseMs = performance.now() - start;
  const parseCpu = cpuSince(cpu);
  cpu = process.cpuUsage();
  start = performance.now();
  core.lintFile(file, { filePath: FILE, ruleOverrides: allRulesOn }, cache);
  const lintMs = performance.now() - start;
  const lintCpu = cpuSince(cpu);
  if (i < 0) continue;
  editParse.push(parseMs);
  editLint.push(lintMs);
  editParseCpu.push(parseCpu);
  editLintCpu.push(lintCpu);
}
const stats = (values, cpuValues) => ({ ms: median(values), min: Math.min(...values), max: Math.max(...values), cpu: median(cpuValues) });
const sum = (a, b) => a.map((x, i) => x + b[i]);
row('after a one-character edit: re-parse (`createTemplateParser`)', stats(editParse, editParseCpu), TEMPLATES, `median of ${EDITS} edits`);
row('after a one-character edit: re-lint, all rules on (`lintFile` + cache)', stats(editLint, editLintCpu), TEMPLATES, `median of ${EDITS} edits`);
row(
  'after a one-character edit: re-parse + re-lint',
  stats(sum(editParse, editLint), sum(editParseCpu, editLintCpu)),
  TEMPLATES,
  `median of ${EDITS} edits`,
);

// Peer: markdownlint's default rules over the same text (a Markdown linter's cost per file).
// One round: on a 10,000-template file it takes tens of seconds.
row('peer: markdownlint (default rules), same text', measure(() => markdownlint({ strings: { catalog: text } }), 1), TEMPLATES, 'one round');

// Cold-path breakdown: time each rule's check() during one full lint with every rule on.
const perRule = new Map();
const restore = [];
for (const rule of core.rules) {
  for (const method of ['check', 'checkFile']) {
    const original = rule[method];
    if (typeof original !== 'function') continue;
    restore.push(() => (rule[method] = original));
    rule[method] = function timed(...args) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        perRule.set(rule.meta.id, (perRule.get(rule.meta.id) ?? 0) + performance.now() - start);
      }
    };
  }
}
const instrumentedStart = performance.now();
core.lintText(text, { filePath: FILE, ruleOverrides: allRulesOn });
const instrumented = performance.now() - instrumentedStart;
for (const undo of restore) undo();
const ruleRows = [...perRule].sort((a, b) => b[1] - a[1]);
const inRules = ruleRows.reduce((sum, [, ms]) => sum + ms, 0);

// Report.
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const rate = (n) => Math.round(n).toLocaleString('en-US');
const findingCount = (result) => result.findings.length.toLocaleString('en-US');
const cpu = cpus();
const report = `# Lint throughput (bench/lint/run.js)

${TEMPLATES.toLocaleString('en-US')}-template generated catalog (${(text.length / 1024).toFixed(0)} KiB; support, transactional and
marketing templates with placeholders, if/else, links, phones, text speak, curly quotes, emoji,
directives). Built \`@smslint/core\` in one Node process; median of ${ROUNDS} rounds (warm rows: median
of ${EDITS} edits). Findings: ${findingCount(defaults)} with default settings, ${findingCount(everything)} with all rules on.
Node ${process.version}, ${cpu.length} CPUs (${cpu[0]?.model ?? 'unknown'}), load average ${loadavg()[0].toFixed(1)} (shared machine). Run: ${new Date().toISOString()}.

| measurement | wall median | wall min | wall max | CPU median | templates / s (wall median) | note |
| --- | ---: | ---: | ---: | ---: | ---: | --- |
${rows.map((r) => `| ${r.name} | ${fmt(r.ms)} ms | ${fmt(r.min)} ms | ${fmt(r.max)} ms | ${fmt(r.cpu)} ms | ${rate(r.perSecond)} | ${r.note} |`).join('\n')}

CPU = user + system time of this process (all threads, so parallel GC counts): on a shared
machine it is the steadier figure; wall time above it means the benchmark waited for a core.
The warm rows are what an editor pays per keystroke: only the edited template is parsed and
checked again; the other ${(TEMPLATES - 1).toLocaleString('en-US')} are re-used (moved by the edit's length when below it).
"templates / s" there is the catalog size over the time to bring the whole catalog's
findings up to date.

## Where a full lint spends its time (all rules on, one instrumented run)

Total ${fmt(instrumented)} ms, of which ${fmt(inRules)} ms in rule \`check\`/\`checkFile\` calls (the rest: parsing,
the engine, directives, sorting). Rules above 1 %:

| rule | time | share of the lint |
| --- | ---: | ---: |
${ruleRows
  .filter(([, ms]) => ms / instrumented >= 0.01)
  .map(([id, ms]) => `| ${id} | ${fmt(ms)} ms | ${((ms / instrumented) * 100).toFixed(0)} % |`)
  .join('\n')}
`;
/**
 * The hand-written sections of RESULTS.md (from the first "## Issue " heading on) survive a
 * re-run: this script regenerates only the measured part above them.
 */
function handWritten() {
  const file = path.join(here, 'RESULTS.md');
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('\n## Issue ');
  return at === -1 ? '' : text.slice(at);
}

writeFileSync(path.join(here, 'RESULTS.md'), report + handWritten());
process.stdout.write(report);
