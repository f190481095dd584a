#!/usr/bin/env node
// smslint CLI benchmark: smslint vs markdownlint-cli2 (default rules) vs textlint
// (textlint-rule-no-todo) on the same generated corpus, in one run, several rounds,
// plus cold start on one file. Writes bench/cli/RESULTS.md.
//
//   node bench/cli/run.js [--catalogs 1000] [--rounds 3] [--cold 5]
//
// Run `npx tsc -b` first (smslint runs from packages/cli/dist).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { catalog, TEMPLATES, writeCorpus } from '../lib/support-corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = join(root, 'bench', '.work', 'cli');
const corpus = join(work, 'corpus');
const single = join(work, 'single');

const { values } = parseArgs({
  options: {
    catalogs: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    cold: { type: 'string', default: '5' },
  },
});
const CATALOGS = Number(values.catalogs);
const ROUNDS = Number(values.rounds);
const COLD_RUNS = Number(values.cold);

// ---------------------------------------------------------------------------------------
// Corpus: bench/lib/support-corpus.js (generated once into bench/.work/cli).
function generate() {
  const marker = join(work, `corpus-v2-${CATALOGS}x${TEMPLATES}.done`);
  if (existsSync(marker)) return;
  rmSync(work, { recursive: true, force: true });
  writeCorpus(corpus, CATALOGS);
  mkdirSync(single, { recursive: true });
  writeFileSync(join(single, 'one.sms.md'), catalog(0));
  writeFileSync(marker, '');
}

// ---------------------------------------------------------------------------------------
const node = process.execPath;
const bin = (p) => join(root, 'node_modules', p);
const smslint = (dir) => [node, join(root, 'packages/cli/bin/smslint.js'), '--no-ignore', dir];
const tools = (dir, glob) => ({
  // --no-ignore: the corpus lives in git-ignored bench/.work, which smslint would skip.
  smslint: smslint(dir),
  // The same with worker threads off: what smslint costs on one core.
  'smslint, one thread': { argv: smslint(dir), env: { SMSLINT_WORKERS: '0' } },
  'markdownlint-cli2': [node, bin('markdownlint-cli2/markdownlint-cli2-bin.mjs'), `${dir}/${glob}`],
  textlint: [node, bin('textlint/bin/textlint.js'), '--rule', 'no-todo', '--no-color', dir],
});

/**
 * CPU seconds (user + system) of waited-for children, from /proc/self/stat (Linux; null
 * elsewhere). Wall time on a shared machine depends on the load; CPU time shows the work.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, USER_HZ = 100
  } catch {
    return null;
  }
}

/**
 * Max RSS (kB) and CPU of one child through GNU time (`/usr/bin/time -f`), when it exists:
 * spawnSync reports neither. The report goes to a file so the tool's stderr stays its own.
 */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const timeReport = join(work, 'time-report.txt');

/** A command is an argv array, or { argv, env } for extra environment variables. */
function time(command) {
  const { argv, env } = Array.isArray(command) ? { argv: command, env: {} } : command;
  const [cmd, ...args] = GNU_TIME ? [GNU_TIME, '-o', timeReport, '-f', '%M %U %S', ...argv] : argv;
  const cpuBefore = childCpuSeconds();
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1', ...env } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = childCpuSeconds();
  let cpuMs = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) * 1000;
  let rssMb = null;
  if (GNU_TIME) {
    // GNU time exits with the command's status; its last line is the format's.
    const [maxRssKb, user, system] = readFileSync(timeReport, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    rssMb = maxRssKb / 1024;
    cpuMs = (user + system) * 1000;
  }
  if (run.error || run.status === null || run.status > 2) {
    throw new Error(`${argv.join(' ')} failed (${run.status ?? run.signal}): ${run.error ?? run.stderr.slice(0, 500)}`);
  }
  return { ms, cpuMs, rssMb, status: run.status };
}

function measure(label, commands, rounds) {
  const names = Object.keys(commands);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const cpu = Object.fromEntries(names.map((n) => [n, []]));
  const rss = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    // Rotate the order each round so no tool always runs on a warmer cache.
    const order = names.map((_, k) => names[(k + r) % names.length]);
    for (const name of order) {
      const t = time(commands[name]);
      times[name].push(t.ms);
      if (t.cpuMs !== null) cpu[name].push(t.cpuMs);
      if (t.rssMb !== null) rss[name].push(t.rssMb);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = names.map((n) => ({
    name: n,
    median: median(times[n]),
    min: Math.min(...times[n]),
    cpu: cpu[n].length ? median(cpu[n]) : null,
    rss: rss[n].length ? median(rss[n]) : null,
  }));
  const base = rows.find((r) => r.name === 'smslint').median;
  console.log(`\n${label}`);
  for (const r of rows) {
    const cpuText = r.cpu === null ? '' : `  cpu ${r.cpu.toFixed(0).padStart(6)} ms`;
    const rssText = r.rss === null ? '' : `  max RSS ${r.rss.toFixed(0).padStart(4)} MB`;
    console.log(`  ${r.name.padEnd(18)} median ${r.median.toFixed(0).padStart(6)} ms  min ${r.min.toFixed(0).padStart(6)} ms${cpuText}${rssText}  (${(r.median / base).toFixed(2)}× smslint)`);
  }
  return rows;
}

const loadBefore = loadavg()[0];
generate();
console.log(`corpus: ${CATALOGS} catalogs × ${TEMPLATES} templates in ${corpus}`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}`);
// Warm the OS file cache once so the first tool measured is not penalised.
for (const cmd of Object.values(tools(corpus, '**/*.sms.md'))) time(cmd);

const batch = measure(`Batch: ${CATALOGS} files, ${ROUNDS} rounds`, tools(corpus, '**/*.sms.md'), ROUNDS);
// One file never starts a worker: the one-thread row would repeat the smslint row.
const { 'smslint, one thread': _sameAsSmslint, ...coldTools } = tools(single, '*.sms.md');
const cold = measure(`Cold start: 1 file, ${COLD_RUNS} runs`, coldTools, COLD_RUNS);

const loadAfter = loadavg()[0];
const table = (rows) =>
  [
    '| tool | wall median (ms) | wall min (ms) | CPU median (ms) | max RSS median (MB) | wall vs smslint |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.cpu === null ? 'n/a' : r.cpu.toFixed(0)} | ${r.rss === null ? 'n/a' : r.rss.toFixed(0)} | ${(r.median / rows[0].median).toFixed(2)}× |`,
    ),
  ].join('\n');

/**
 * The hand-written sections of RESULTS.md (from "## Before / after" on) survive a re-run:
 * this script regenerates only the measured part above them.
 */
function handWritten() {
  const file = join(root, 'bench', 'cli', 'RESULTS.md');
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('\n## Before / after');
  return at === -1 ? '' : text.slice(at);
}

const results = `# smslint CLI benchmark

Generated by \`node bench/cli/run.js\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC
(${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores shared with other work, Node ${process.version}).

Corpus: ${CATALOGS} catalogs × ${TEMPLATES} templates (\`bench/.work/cli/corpus\`, generated, git-ignored); each
body is assembled from sentence fragments, names, numbers, links and phone numbers by a seeded PRNG,
so nearly every template body is different (no body-keyed cache can flatter smslint).
Every tool runs as a fresh process on the same files; the order rotates each round; medians.
CPU = user + system time of the process and its threads; max RSS from GNU time (\`/usr/bin/time\`). Load average (1 min) during the run:
${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end, on ${availableParallelism()} cores: wall times
above the CPU time mean the tool waited for a core.

- **smslint**: all rules (parsing front matter and Handlebars, segment ranges over renderings,
  detectors, compliance rules), default stylish output.
- **markdownlint-cli2**: default rules (Markdown style only).
- **textlint**: \`textlint-rule-no-todo\` (one rule).

## Batch: ${CATALOGS} files (${ROUNDS} rounds)

${table(batch)}

## Cold start: one file (${COLD_RUNS} runs)

${table(cold)}

smslint lints large batches in batches of 50 files shared by lanes: the main thread starts at
once, and \`worker_threads\` workers join after its first batch, one per core that sat idle
meanwhile (read from the CPU counters), while each lane gets at least 600 files
(\`packages/cli/src/lint/lane-count.ts\`; \`SMSLINT_WORKERS=n\` forces n workers). "smslint, one
thread" is the same run with \`SMSLINT_WORKERS=0\`. The command runs an esbuild bundle
(\`packages/cli/bundle/main.cjs\`) compiled through a V8 code cache (\`packages/core/load-bundle.js\`; the
first, uncounted run of each tool writes it), and modules load lazily per command and per output format.
${handWritten()}`;
writeFileSync(join(root, 'bench', 'cli', 'RESULTS.md'), results);
console.log('\nwrote bench/cli/RESULTS.md');
