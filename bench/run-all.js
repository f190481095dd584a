#!/usr/bin/env node
/**
 * Runs every benchmark in sequence (segments, parse, lint, locale-files, cli, lsp, scaling, editor — each `bench/<name>/run.js`
 * and, for lsp, memory.js after it,
 * missing ones skipped with a message), then assembles bench/RESULTS.md: the date and machine,
 * an index with each benchmark's headline table, and every bench/<name>/RESULTS.md below.
 *
 *   npx tsc -b && node bench/run-all.js [--only lint,lsp] [--skip segments] [--no-run]
 *
 * --no-run only re-assembles bench/RESULTS.md from the per-benchmark results already there.
 * Benchmarks run one at a time (the machine is shared); a failing one is reported and the
 * others still run; the exit code is non-zero if any failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

/** Run order, the arguments that make each script write its RESULTS.md, and further scripts of the same folder run after it (they write their own sections of it). */
const BENCHMARKS = [
  { name: 'segments', args: [], about: 'segment counting vs Twilio and gsm-charset-utils' },
  { name: 'parse', args: ['--write'], about: 'catalog parsing, segment ranges, incremental re-parse' },
  { name: 'lint', args: [], about: 'lint throughput on a 10,000-template catalog' },
  { name: 'locale-files', args: [], about: 'lint throughput on 10,000 strings in Rails YAML and i18next JSON (config sources)' },
  { name: 'cli', args: [], about: 'the CLI vs markdownlint-cli2 and textlint' },
  { name: 'lsp', args: [], about: 'language server edit → diagnostics latency, and its memory next to remark-language-server', then: ['memory.js'] },
  { name: 'scaling', args: [], about: 'time against input size; 1×, 4×, 16× the CLI corpus and the LSP catalog' },
  { name: 'editor', args: [], about: 'VS Code (code-server): extension activation → first diagnostic' },
];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    skip: { type: 'string' },
    'no-run': { type: 'boolean', default: false },
  },
});
const list = (value) => new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const only = list(values.only);
const skip = list(values.skip);
for (const name of [...only, ...skip]) {
  if (!BENCHMARKS.some((b) => b.name === name)) {
    console.error(`run-all: unknown benchmark "${name}" (known: ${BENCHMARKS.map((b) => b.name).join(', ')})`);
    process.exit(2);
  }
}

const outcomes = new Map();
if (!values['no-run']) {
  for (const bench of BENCHMARKS) {
    const script = path.join(here, bench.name, 'run.js');
    if ((only.size > 0 && !only.has(bench.name)) || skip.has(bench.name)) {
      outcomes.set(bench.name, 'not run (excluded by --only/--skip)');
      continue;
    }
    if (!existsSync(script)) {
      console.log(`run-all: skipping ${bench.name}: bench/${bench.name}/run.js does not exist`);
      outcomes.set(bench.name, 'skipped: no run.js');
      continue;
    }
    const started = Date.now();
    let failure = null;
    for (const [file, args] of [[script, bench.args], ...(bench.then ?? []).map((name) => [path.join(here, bench.name, name), []])]) {
      console.log(`\nrun-all: ${bench.name} — node ${path.relative(root, file)} ${args.join(' ')}`.trimEnd());
      const run = spawnSync(process.execPath, [file, ...args], { cwd: root, stdio: 'inherit' });
      if (run.status !== 0 || run.error) failure ??= `${path.basename(file)} exit ${run.status ?? run.error?.message}`;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    outcomes.set(bench.name, failure ? `FAILED (${failure}) after ${seconds} s` : `ran in ${seconds} s`);
    if (failure) console.error(`run-all: ${bench.name} failed (${failure})`);
  }
}

/** The first Markdown table of a results file (its headline figures), or null. */
function firstTable(markdown) {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line, i) => line.startsWith('|') && /^\|\s*:?-{3,}/.test(lines[i + 1] ?? ''));
  if (start === -1) return null;
  let end = start;
  while (end < lines.length && lines[end].startsWith('|')) end++;
  return lines.slice(start, end).join('\n');
}

/** Headings two levels down (at most h6; fenced code untouched), so each file nests under its section. */
function nest(markdown) {
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(`{3,}|~{3,})/.test(line)) fenced = !fenced;
      const heading = !fenced && /^(#{1,6}) /.exec(line);
      return heading ? `${'#'.repeat(Math.min(6, heading[1].length + 2))}${line.slice(heading[1].length)}` : line;
    })
    .join('\n');
}

const cpu = cpus();
const sections = [];
const index = [];
for (const bench of BENCHMARKS) {
  const file = path.join(here, bench.name, 'RESULTS.md');
  const outcome = outcomes.get(bench.name) ?? 'not re-run (--no-run: results as last written)';
  if (!existsSync(file)) {
    index.push(`### ${bench.name} — ${bench.about}\n\nNo bench/${bench.name}/RESULTS.md (${outcome}).`);
    continue;
  }
  const markdown = readFileSync(file, 'utf8').trim();
  const table = firstTable(markdown);
  index.push(
    `### ${bench.name} — ${bench.about}\n\nThis run: ${outcome}. Details: [bench/${bench.name}/RESULTS.md](${bench.name}/RESULTS.md).` +
      (table ? `\n\n${table}` : ''),
  );
  sections.push(`## bench/${bench.name}\n\n${nest(markdown)}`);
}

// Where the open performance targets stand: hand-written, kept across runs (bench/TARGETS.md).
const targetsFile = path.join(here, 'TARGETS.md');
const targets = existsSync(targetsFile) ? `${readFileSync(targetsFile, 'utf8').trim()}\n\n` : '';

const report = `# smslint benchmarks

Assembled by \`node bench/run-all.js\` on ${new Date().toISOString()}.
Machine: ${availableParallelism()} CPUs (\`nproc\`), ${cpu[0]?.model ?? 'unknown CPU'}, Node ${process.version},
load average ${loadavg()[0].toFixed(1)} when assembled (shared machine: compare rows of one run, not runs).

${targets}## Headline figures

${index.join('\n\n')}

${sections.join('\n\n')}
`;
writeFileSync(path.join(here, 'RESULTS.md'), report);
console.log(`\nrun-all: wrote bench/RESULTS.md`);
if ([...outcomes.values()].some((outcome) => outcome.startsWith('FAILED'))) process.exitCode = 1;
