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
const BODIES = [
  'Northwind: Hi {{firstName}}, your order {{orderId}} has shipped. Track it at https://northwind.example/t/{{orderId}}. Reply AGENT to text with a person.',
  'Northwind: We\u2019re sorry about the delay on case {{caseId}}. Call us at (888) 412-7730 or reply CALL and an agent calls you back.',
  'Northwind: Thx 4 ur patience! Ur refund of {{amount}} is on its way. Questions? Reply AGENT. Reply STOP to opt out.',
  'Northwind: Your appointment is on {{date}} at {{time}}. Reply C to confirm or R to reschedule. Call (888) 412-7730 for help.',
  'Northwind: {{#if hasTracking}}Your parcel is out for delivery today.{{else}}Your parcel is on its way.{{/if}} Reply AGENT for help.',
  'Northwind: TODO check this wording. Your payment of {{amount}} was received. Reply HELP for help, STOP to opt out.',
  `Northwind: ${'We are looking into the outage in your area and will text you again as soon as service is back. '.repeat(2)}Call (888) 412-7730.`,
  'Northwind: Your verification code is {{code}}. It expires in 10 minutes. Never share it with anyone.',
  'Northwind: Pls rate ur support chat from 1 to 5 \u2014 it helps us improve. Reply STOP to opt out.',
  'Northwind: Hi {{firstName}}, an agent will call you between {{start}} and {{end}}. Reply CALL to change the time.',
];

function catalog(i) {
  const templates = [];
  for (let t = 0; t < TEMPLATES; t++) {
    const body = BODIES[(i + t) % BODIES.length];
    templates.push(`## Reply ${i}-${t}\n\n${body}\n`);
  }
  return `---
brand: Northwind
kind: support
variables:
  firstName: { maxLength: 20, charset: gsm, sample: Dana }
  orderId: { maxLength: 10, charset: digits, sample: "1234567" }
  amount: { maxLength: 10, charset: gsm, sample: "$25.00" }
---

# Catalog ${i}

Replies for team ${i % 17}.

${templates.join('\n')}`;
}

function generate() {
  const marker = join(work, `corpus-${CATALOGS}x${TEMPLATES}.done`);
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
const tools = (dir, glob) => ({
  // --no-ignore: the corpus lives in git-ignored bench/.work, which smslint would skip.
  smslint: [node, join(root, 'packages/cli/bin/smslint.js'), '--no-ignore', dir],
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

function time([cmd, ...args]) {
  const cpuBefore = childCpuSeconds();
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuAfter = childCpuSeconds();
  const cpuMs = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) * 1000;
  if (run.error || run.status === null || run.status > 2) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${run.status ?? run.signal}): ${run.error ?? run.stderr.slice(0, 500)}`);
  }
  return { ms, cpuMs, status: run.status };
}

function measure(label, commands, rounds) {
  const names = Object.keys(commands);
  const times = Object.fromEntries(names.map((n) => [n, []]));
  const cpu = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++) {
    // Rotate the order each round so no tool always runs on a warmer cache.
    const order = names.map((_, k) => names[(k + r) % names.length]);
    for (const name of order) {
      const t = time(commands[name]);
      times[name].push(t.ms);
      if (t.cpuMs !== null) cpu[name].push(t.cpuMs);
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rows = names.map((n) => ({
    name: n,
    median: median(times[n]),
    min: Math.min(...times[n]),
    cpu: cpu[n].length ? median(cpu[n]) : null,
  }));
  const base = rows.find((r) => r.name === 'smslint').median;
  console.log(`\n${label}`);
  for (const r of rows) {
    const cpuText = r.cpu === null ? '' : `  cpu ${r.cpu.toFixed(0).padStart(6)} ms`;
    console.log(`  ${r.name.padEnd(18)} median ${r.median.toFixed(0).padStart(6)} ms  min ${r.min.toFixed(0).padStart(6)} ms${cpuText}  (${(r.median / base).toFixed(2)}× smslint)`);
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
const cold = measure(`Cold start: 1 file, ${COLD_RUNS} runs`, tools(single, '*.sms.md'), COLD_RUNS);

const loadAfter = loadavg()[0];
const table = (rows) =>
  [
    '| tool | wall median (ms) | wall min (ms) | CPU median (ms) | wall vs smslint |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${r.cpu === null ? 'n/a' : r.cpu.toFixed(0)} | ${(r.median / rows[0].median).toFixed(2)}× |`,
    ),
  ].join('\n');

const results = `# smslint CLI benchmark

Generated by \`node bench/cli/run.js\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC
(${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores shared with other work, Node ${process.version}).

Corpus: ${CATALOGS} catalogs × ${TEMPLATES} templates (\`bench/.work/cli/corpus\`, generated, git-ignored).
Every tool runs as a fresh process on the same files; the order rotates each round; medians.
CPU = user + system time of the process and its threads. Load average (1 min) during the run:
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

smslint lints large batches in parallel: batches of 50 files shared by min(cores, batches) lanes
(the main thread plus \`worker_threads\` workers); runs under 120 files stay on the main thread,
and modules load lazily per command.
`;
writeFileSync(join(root, 'bench', 'cli', 'RESULTS.md'), results);
console.log('\nwrote bench/cli/RESULTS.md');
