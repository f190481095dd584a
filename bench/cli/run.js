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
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32 as prng } from '../lib/seeded-random.js';

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
const TEMPLATES = 10;
const ROUNDS = Number(values.rounds);
const COLD_RUNS = Number(values.cold);

// ---------------------------------------------------------------------------------------
// Corpus: deterministic, realistic support catalogs (front matter, variables, a mix of
// clean replies and ones with findings: curly quotes, text speak, long bodies, TODOs).
// Every body is assembled from fragments, names, numbers and links by a seeded PRNG, so
// (almost) no two templates share a body and no body-keyed cache can flatter smslint.

const BRANDS = ['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Wingtip', 'Litware', 'Adatum', 'Proseware'];
const NAMES = ['Dana', 'Sam', 'Priya', 'Jonas', 'Mei', 'Omar', 'Lucia', 'Kwame', 'Ines', 'Tom', 'Aiko', 'Rafael'];
const PLACEHOLDERS = ['{{firstName}}', '{{orderId}}', '{{amount}}', '{{caseId}}', '{{date}}', '{{time}}', '{{code}}', '{{start}}', '{{end}}'];
const OPENERS = [
  (r) => `Hi {{firstName}},`,
  (r) => `Hello ${pick(r, NAMES)},`,
  (r) => `Hi there,`,
  (r) => `Good news, {{firstName}}!`,
  (r) => `Update on case {{caseId}}:`,
  (r) => `Thx ${pick(r, NAMES)}!`,
  (r) => ``,
];
const MIDDLES = [
  (r) => `your order {{orderId}} has shipped and should arrive in ${2 + int(r, 6)} days.`,
  (r) => `we\u2019re sorry about the delay on order #${100000 + int(r, 899999)}.`,
  (r) => `ur refund of {{amount}} is on its way.`,
  (r) => `your appointment is on {{date}} at {{time}}.`,
  (r) => `{{#if hasTracking}}your parcel is out for delivery today.{{else}}your parcel is on its way.{{/if}}`,
  (r) => `TODO check this wording. Your payment of $${int(r, 500)}.${String(int(r, 100)).padStart(2, '0')} was received.`,
  (r) => `we are looking into the outage near ${pick(r, ['Elm St', 'Harbor Rd', 'the mall', 'Zone ' + int(r, 40)])} and will text you again as soon as service is back.`,
  (r) => `your verification code is {{code}}. It expires in ${5 + int(r, 26)} minutes. Never share it.`,
  (r) => `pls rate ur support chat from 1 to ${3 + int(r, 8)} \u2014 it helps us improve.`,
  (r) => `an agent will call you between {{start}} and {{end}}.`,
  (r) => `your plan renews on day ${1 + int(r, 28)} for $${5 + int(r, 95)}.99 a month.`,
  (r) => `we received ${1 + int(r, 9)} item${r() < 0.5 ? 's' : ''} back from you, thanks ${pick(r, NAMES)}.`,
  (r) => `ticket ${int(r, 99999)} is closed. ${pick(r, ['Glad we could help.', 'Thanks for your patience.', 'We hope it is sorted now.'])}`,
  (r) => `your balance is {{amount}} as of {{date}}.`,
  (r) => `LAST CHANCE to keep your ${pick(r, ['discount', 'seat', 'booking', 'slot'])}!!`,
];
const LINKS = [
  (r, b) => `Track it at https://${b.toLowerCase()}.example/t/{{orderId}}.`,
  (r, b) => `Details: https://${b.toLowerCase()}.example/help/${int(r, 9999)}`,
  (r, b) => `See ${b.toLowerCase()}.example/faq#q${int(r, 60)} for more.`,
  (r) => ``,
  (r) => ``,
];
const CLOSERS = [
  (r) => `Reply AGENT to text with a person.`,
  (r) => `Call us at (888) ${400 + int(r, 500)}-${String(1000 + int(r, 8999))} or reply CALL.`,
  (r) => `Questions? Reply HELP. Reply STOP to opt out.`,
  (r) => `Reply C to confirm or R to reschedule.`,
  (r) => `Reply STOP to opt out.`,
  (r) => `Call (888) 412-7730 for help.`,
  (r) => ``,
];

const int = (r, n) => Math.floor(r() * n);
const pick = (r, xs) => xs[int(r, xs.length)];

function body(r, brand) {
  const parts = [`${brand}:`, pick(r, OPENERS)(r)];
  const middles = 1 + int(r, 3);
  for (let m = 0; m < middles; m++) parts.push(pick(r, MIDDLES)(r));
  parts.push(pick(r, LINKS)(r, brand), pick(r, CLOSERS)(r));
  if (r() < 0.1) parts.push(pick(r, PLACEHOLDERS));
  return parts.filter(Boolean).join(' ');
}

function catalog(i) {
  const r = prng(0x5eed + i);
  const brand = BRANDS[i % BRANDS.length];
  const templates = [];
  for (let t = 0; t < TEMPLATES; t++) templates.push(`## Reply ${i}-${t}\n\n${body(r, brand)}\n`);
  return `---
brand: ${brand}
kind: support
variables:
  firstName: { maxLength: ${10 + (i % 15)}, charset: gsm, sample: ${NAMES[i % NAMES.length]} }
  orderId: { maxLength: 10, charset: digits, sample: "${1000000 + i}" }
  amount: { maxLength: 10, charset: gsm, sample: "$${(i % 90) + 10}.00" }
---

# Catalog ${i}

Replies for team ${i % 17}.

${templates.join('\n')}`;
}

function generate() {
  const marker = join(work, `corpus-v2-${CATALOGS}x${TEMPLATES}.done`);
  if (existsSync(marker)) return;
  rmSync(work, { recursive: true, force: true });
  for (let i = 0; i < CATALOGS; i++) {
    const file = join(corpus, `team-${String(i % 20).padStart(2, '0')}`, `catalog-${String(i).padStart(4, '0')}.sms.md`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, catalog(i));
  }
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
(\`packages/cli/bundle/main.cjs\`) compiled through a V8 code cache (\`packages/cli/bin/load-bundle.js\`; the
first, uncounted run of each tool writes it), and modules load lazily per command and per output format.
${handWritten()}`;
writeFileSync(join(root, 'bench', 'cli', 'RESULTS.md'), results);
console.log('\nwrote bench/cli/RESULTS.md');
