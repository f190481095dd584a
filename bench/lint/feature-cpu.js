#!/usr/bin/env node
// Where a lint pass's CPU goes, by feature: each rule's check()/checkFile(), and the shared
// per-template work the rules call (placeholder facts, language guess, one-time detection,
// segment ranges, cost), plus parsing and config loading. In process, like the CLI:
// loadConfig + lintText per file of the CLI bench corpus (`node bench/cli/run.js` makes it).
//
//   node bench/lint/feature-cpu.js [--root <checkout>] [--passes 3] [--interval 100] [--plain] [--json]
//
// Pass 1 warms V8 up; passes 2.. run under V8's sampling profiler (node:inspector). A sample
// counts for every component on its stack (inclusive); a rule's "own" column leaves out the
// shared components it called. Sample shares are scaled to the profiled passes' CPU
// (process.cpuUsage), so columns are CPU ms per warm pass. `--root` measures another
// checkout's built core (e.g. a worktree at an older commit) on this checkout's corpus.
import { Session } from 'node:inspector';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { cliCorpusPass } from '../lib/cli-corpus-pass.js';

const here = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    root: { type: 'string', default: here },
    passes: { type: 'string', default: '3' },
    interval: { type: 'string', default: '100' },
    json: { type: 'boolean', default: false },
    // CPU per pass only, no profiler (its sampling costs time of its own).
    plain: { type: 'boolean', default: false },
    // The functions (self time) inside one component, e.g. --detail 'shared: placeholder facts'.
    detail: { type: 'string' },
  },
});
const root = resolve(values.root);
const { files, pass } = await cliCorpusPass(values.root);

const post = (session, method, params) =>
  new Promise((ok, fail) => session.post(method, params, (error, result) => (error ? fail(error) : ok(result))));

if (values.plain) {
  const line = [];
  for (let p = 1; p <= Number(values.passes); p++) {
    const cpu = process.cpuUsage();
    pass();
    const used = process.cpuUsage(cpu);
    line.push(`pass ${p} ${((used.user + used.system) / 1000).toFixed(0)} ms`);
  }
  console.log(`${root}: CPU ${line.join(', ')}; load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  process.exit(0);
}

const session = new Session();
session.connect();
const cpu0 = process.cpuUsage();
const findings = pass();
const cold = process.cpuUsage(cpu0);
await post(session, 'Profiler.enable');
await post(session, 'Profiler.setSamplingInterval', { interval: Number(values.interval) });
await post(session, 'Profiler.start');
const passes = Math.max(1, Number(values.passes) - 1);
const cpu1 = process.cpuUsage();
for (let p = 0; p < passes; p++) pass();
const warm = process.cpuUsage(cpu1);
const { profile } = await post(session, 'Profiler.stop');
session.disconnect();

// Components a frame opens (outermost frame of a component wins; nested ones of another kind count too).
const SHARED = [
  ['shared: placeholder facts', (f) => /\/rules\/placeholder-facts\.js$/.test(f.url)],
  ['shared: language guess', (f) => /\/detect\/language\.js$/.test(f.url) && f.functionName === 'guessLanguage'],
  // isOneTimeMessage is memoPerTemplate(decide): the work shows under `decide`.
  ['shared: one-time detection', (f) => /\/rules\/one-time-message\.js$/.test(f.url) && (f.functionName === 'isOneTimeMessage' || f.functionName === 'decide')],
  ['shared: segment ranges', (f) => /\/template\/segment-range\.js$/.test(f.url) && /^template(SegmentRange|SegmentBounds|MaxCost|MaxCostUnder|MaxCostFlips)$/.test(f.functionName)],
  ['shared: cost (cost/*)', (f) => /\/cost\/[^/]+\.js$/.test(f.url)],
];
const TOP = [
  ['parse (parseTemplateFile)', (f) => f.functionName === 'parseTemplateFile'],
  ['config (loadConfig)', (f) => f.functionName === 'loadConfig'],
  ['gc', (f) => f.functionName === '(garbage collector)'],
];
const ruleOf = (f) => {
  const m = /\/rules\/([a-z0-9-]+)\.js$/.exec(f.url);
  return m && (f.functionName === 'check' || f.functionName === 'checkFile') ? `rule: ${m[1]}` : undefined;
};

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const stackCache = new Map();
function componentsOf(id) {
  let hit = stackCache.get(id);
  if (hit) return hit;
  const frames = [];
  for (let at = id; at !== undefined; at = parent.get(at)) frames.push(nodes.get(at).callFrame);
  frames.reverse(); // root first
  const seen = new Set();
  let rule;
  let sharedInRule = false;
  for (const f of frames) {
    const r = ruleOf(f);
    if (r && !rule) rule = r;
    for (const [name, test] of [...SHARED, ...TOP]) {
      if (test(f)) {
        seen.add(name);
        if (rule && SHARED.some(([n]) => n === name)) sharedInRule = true;
      }
    }
  }
  if (rule) {
    seen.add(rule);
    if (!sharedInRule) seen.add(`${rule} (own)`);
  }
  if (frames.some((f) => f.functionName === 'lintText')) seen.add('lintText total');
  hit = [...seen];
  stackCache.set(id, hit);
  return hit;
}
const counts = new Map();
for (const id of profile.samples) for (const c of componentsOf(id)) counts.set(c, (counts.get(c) ?? 0) + 1);
const totalSamples = profile.samples.length;
const warmMs = (warm.user + warm.system) / 1000 / passes;
const ms = (n) => (n / totalSamples) * warmMs;
const rows = {};
for (const [name, n] of counts) rows[name] = ms(n);
const result = {
  root,
  files: files.length,
  findings,
  coldPassMs: (cold.user + cold.system) / 1000,
  warmPassMs: warmMs,
  samples: totalSamples,
  load: loadavg().map((x) => x.toFixed(2)).join(' '),
  components: rows,
};
if (values.detail) {
  const self = new Map();
  profile.samples.forEach((id) => {
    if (!componentsOf(id).includes(values.detail)) return;
    const f = nodes.get(id).callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/packages\//, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  });
  console.log(`self time inside "${values.detail}":`);
  for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${ms(n).toFixed(0).padStart(7)}  ${key}`);
}
if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else {
  console.log(`${root}: ${files.length} files, ${findings} findings, cold pass ${result.coldPassMs.toFixed(0)} ms CPU, warm pass ${warmMs.toFixed(0)} ms CPU, ${totalSamples} samples, load ${result.load}`);
  for (const [name, v] of Object.entries(rows).sort((a, b) => b[1] - a[1])) console.log(`${v.toFixed(0).padStart(7)}  ${name}`);
}
