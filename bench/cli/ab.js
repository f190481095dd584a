#!/usr/bin/env node
// Interleaved A/B runs of whole commands on the CLI bench corpus: CPU (user + system), wall
// and max RSS of each run from GNU time, medians per variant. On a shared machine compare the
// CPU column; the rounds interleave the variants so load drifts hit them alike.
//
//   node bench/cli/ab.js [--rounds 5] [--workers 0] 'label=node packages/cli/bin/smslint.js' 'label2=node /tmp/base/packages/cli/bin/smslint.js' …
//
// Each variant is a shell-free command line split on spaces; the corpus path and
// `--no-ignore` are appended (`--args` replaces them). Output goes to /dev/null.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '5' },
    workers: { type: 'string', default: '0' },
    args: { type: 'string', default: '--no-ignore bench/.work/cli/corpus' },
  },
});
if (!existsSync('/usr/bin/time')) throw new Error('ab.js needs GNU time (/usr/bin/time)');
const variants = positionals.map((spec) => {
  const at = spec.indexOf('=');
  return { label: spec.slice(0, at), argv: [...spec.slice(at + 1).split(' '), ...values.args.split(' ')].filter(Boolean) };
});
const report = join(tmpdir(), `smslint-ab-${process.pid}.txt`);
const samples = new Map(variants.map((v) => [v.label, []]));
const load = [loadavg()[0]];
for (let r = 0; r < Number(values.rounds); r++) {
  for (let k = 0; k < variants.length; k++) {
    const v = variants[(k + r) % variants.length];
    const start = process.hrtime.bigint();
    const run = spawnSync('/usr/bin/time', ['-o', report, '-f', '%M %U %S', ...v.argv], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', SMSLINT_WORKERS: values.workers },
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status === null || run.status > 1) throw new Error(`${v.label} failed (${run.status ?? run.signal}): ${run.stderr.slice(-500)}`);
    const [rss, user, sys] = readFileSync(report, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
    samples.get(v.label).push({ cpu: (user + sys) * 1000, wall, rss: rss / 1024 });
  }
  load.push(loadavg()[0]);
}
rmSync(report, { force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`${values.rounds} interleaved rounds, SMSLINT_WORKERS=${values.workers}, load (1 min) ${load.map((l) => l.toFixed(1)).join(' → ')}`);
for (const [label, s] of samples) {
  const cpu = s.map((x) => x.cpu);
  console.log(
    `${label.padEnd(24)} CPU median ${median(cpu).toFixed(0).padStart(5)} ms (min ${Math.min(...cpu).toFixed(0)})  wall median ${median(s.map((x) => x.wall)).toFixed(0).padStart(5)} ms  max RSS median ${median(s.map((x) => x.rss)).toFixed(0)} MB`,
  );
}
