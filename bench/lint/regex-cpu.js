#!/usr/bin/env node
// What the regexes of a lint pass cost, by regex: every regex run of one warm pass over the
// CLI bench corpus is recorded (text and lastIndex; `test`, `replace`, `split`… reach `exec`
// while it is patched), then each regex's runs are replayed on a fresh copy of it, unpatched,
// best of 3. Also the cost of compiling them, in fresh processes (V8 shares compiled regexes
// of equal source and flags within one): the first four runs of each regex less the next
// four, with V8's default bytecode tier and with `--no-regexp-tier-up` (what bin/smslint.js sets).
//
//   node bench/lint/regex-cpu.js [--root <checkout>] [--top 30]
//
// In process, like bench/lint/feature-cpu.js: loadConfig + lintText per file. Generate the
// corpus first (`node bench/cli/run.js`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { cliCorpusPass } from '../lib/cli-corpus-pass.js';

const here = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({ options: { root: { type: 'string', default: here }, top: { type: 'string', default: '30' } } });
const { files, pass } = await cliCorpusPass(values.root);

pass(); // warm-up
const runs = new Map(); // source/flags → { source, flags, inputs: [text, lastIndex, …] }
const exec = RegExp.prototype.exec;
RegExp.prototype.exec = function record(text) {
  const key = `${this.source}/${this.flags}`;
  let entry = runs.get(key);
  if (!entry) runs.set(key, (entry = { source: this.source, flags: this.flags, inputs: [] }));
  entry.inputs.push(text, this.lastIndex);
  return exec.call(this, text);
};
const cpu = process.cpuUsage();
pass();
const passCpu = process.cpuUsage(cpu);
RegExp.prototype.exec = exec;

const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;
const rows = [];
let total = 0;
for (const { source, flags, inputs } of runs.values()) {
  const re = new RegExp(source, flags);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < inputs.length; i += 2) {
      re.lastIndex = inputs[i + 1];
      re.exec(inputs[i]);
    }
    best = Math.min(best, ms(start));
  }
  total += best;
  rows.push([best, inputs.length / 2, `/${source.length > 100 ? `${source.slice(0, 100)}…` : source}/${flags}`]);
}

/** ms to compile every regex of the pass in a fresh Node process started with `flags`. */
function compileCost(flags) {
  const script = `
const list = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const oneByte = 'Northwind: Hello Dana, your order 12345 has shipped. Reply STOP to opt out. Call (888) 412-7730.';
const texts = [oneByte, oneByte, oneByte + ' \\uFFFC\\u2019', oneByte + ' \\uFFFC\\u2019'];
const time = (re) => { const start = process.hrtime.bigint(); for (const t of texts) re.exec(t); return Number(process.hrtime.bigint() - start) / 1e6; };
let ms = 0;
for (const [source, flags] of list) { const re = new RegExp(source, flags.replace(/[gy]/g, '')); ms += time(re) - time(re); }
console.log(ms.toFixed(1));`;
  const list = JSON.stringify([...runs.values()].map((r) => [r.source, r.flags]));
  const child = spawnSync(process.execPath, [...flags, '-e', script], { input: list, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  return Number(child.stdout.trim());
}
const compiled = compileCost([]);
const compiledOnce = compileCost(['--no-regexp-tier-up']);
rows.sort((a, b) => b[0] - a[0]);
console.log(
  `${files.length} files; pass CPU (recording on) ${((passCpu.user + passCpu.system) / 1000).toFixed(0)} ms; ` +
    `${runs.size} regexes, replayed ${total.toFixed(0)} ms; compiling them (first 4 runs less the next 4, fresh process): ` +
    `${compiled.toFixed(0)} ms, ${compiledOnce.toFixed(0)} ms with --no-regexp-tier-up; load ${loadavg()[0].toFixed(2)}`,
);
console.log('    ms    runs  regex');
for (const [time, count, label] of rows.slice(0, Number(values.top))) console.log(`${time.toFixed(1).padStart(6)} ${String(count).padStart(7)}  ${label}`);
