#!/usr/bin/env node
/**
 * Linear growth with the input (issue 18): time and memory at 1×, 4× and 16× of
 *   - the CLI bench corpus (bench/lib/support-corpus.js: 1,000 catalogs × 10 templates →
 *     4,000 and 16,000 files): the CLI as a user runs it, wall, CPU (user + system) and max
 *     RSS from /usr/bin/time;
 *   - the language-server bench catalog (bench/lib/lsp-catalog.js: 2,000 templates → 8,000
 *     and 32,000 in one document): first open (didOpen → publishDiagnostics, the server's
 *     CPU), then edits (one character in a different template each, CPU per edit), RSS and
 *     peak RSS of the server; analysis limits raised so the whole document is analysed.
 * Each row gives the cost per template against 1×: linear is a ratio near 1 (at most 1.25
 * counts as linear here; below 1 is start-up cost spread over more templates).
 * Replaces the "## Linear growth" section of bench/scaling/RESULTS.md (run.js keeps it).
 * Run after `npm run build`:
 *   node bench/scaling/linear.js [--sizes 1,4,16] [--rounds 2] [--edits 30]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { catalog as lspCatalog } from '../lib/lsp-catalog.js';
import { cpuMs, memoryMiB, startSession, stopServer } from '../lib/process-stats.js';
import { TEMPLATES as TEMPLATES_PER_CATALOG, writeCorpus } from '../lib/support-corpus.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,4,16' },
    rounds: { type: 'string', default: '2' },
    edits: { type: 'string', default: '30' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const ROUNDS = Number(values.rounds);
const EDITS = Number(values.edits);
const CORPUS_CATALOGS = 1000;
const LSP_TEMPLATES = 2000;
const LINEAR = 1.25;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---------------------------------------------------------------------------------------
// CLI over the corpus.

function corpusDir(catalogs) {
  const dir = path.join(root, 'bench', '.work', 'scaling', `corpus-${catalogs}`);
  const marker = path.join(dir, '.done');
  if (!existsSync(marker)) {
    rmSync(dir, { recursive: true, force: true });
    writeCorpus(dir, catalogs);
    writeFileSync(marker, '');
  }
  return dir;
}

/** One CLI run: wall, CPU and max RSS from GNU time (the process and its worker threads). */
function cliRun(dir) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'smslint-linear-')), 'time');
  // --no-ignore: the corpus lives in git-ignored bench/.work. The report goes to /dev/null.
  const run = spawnSync('/usr/bin/time', ['-o', out, '-f', '%e %U %S %M', process.execPath, path.join(root, 'packages/cli/bin/smslint.js'), '--no-ignore', dir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  const timing = readFileSync(out, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  rmSync(path.dirname(out), { recursive: true, force: true });
  if (run.status === null || run.status > 1) throw new Error(`smslint failed (${run.status ?? run.signal}): ${run.stderr.slice(0, 500)}`);
  const [wall, user, system, maxKb] = timing;
  return { wallMs: wall * 1000, cpuMs: (user + system) * 1000, rssMiB: maxKb / 1024 };
}

function cliSeries() {
  const rows = [];
  for (const size of SIZES) {
    const catalogs = CORPUS_CATALOGS * size;
    const dir = corpusDir(catalogs);
    const runs = Array.from({ length: ROUNDS }, () => cliRun(dir));
    rows.push({
      size,
      units: catalogs * TEMPLATES_PER_CATALOG,
      label: `${catalogs.toLocaleString('en-US')} files`,
      wallMs: median(runs.map((r) => r.wallMs)),
      cpuMs: median(runs.map((r) => r.cpuMs)),
      rssMiB: median(runs.map((r) => r.rssMiB)),
    });
    console.log(`cli ${size}×: ${JSON.stringify(rows.at(-1))}`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------
// Language server over one catalog.

async function lspRun(templates) {
  const text = lspCatalog(templates);
  const dir = mkdtempSync(path.join(tmpdir(), 'smslint-linear-lsp-'));
  const file = path.join(dir, 'catalog.sms.md');
  writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const child = spawn(process.execPath, [path.join(root, 'packages/language-server/bin/smslint-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], cwd: dir });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const resolve = waiting.get(params.version);
    if (params.uri === uri && resolve) {
      waiting.delete(params.version);
      resolve(params);
    }
  });
  // The whole catalog analysed at every size (the defaults stop at 1,000,000 characters).
  await startSession(connection, dir, { initializationOptions: { debounceMs: 0, maxAnalysisSize: 1e9, maxDocumentSize: 1e9 } });
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

  const cpu0 = cpuMs(child.pid);
  let t0 = performance.now();
  let done = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sms-template', version: 1, text } });
  const first = await done;
  const openMs = performance.now() - t0;
  const openCpuMs = cpuMs(child.pid) - cpu0;

  const bodyLines = [];
  text.split('\n').forEach((line, i) => line.startsWith('Hi {{name}}') && bodyLines.push(i));
  const latencies = [];
  const cpu1 = cpuMs(child.pid);
  let last = first;
  for (let i = 0; i < EDITS; i++) {
    const version = i + 2;
    const line = bodyLines[Math.floor(((i + 0.5) / EDITS) * bodyLines.length)];
    done = published(version);
    t0 = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: 'x' }],
    });
    last = await done;
    latencies.push(performance.now() - t0);
  }
  const editCpuMs = (cpuMs(child.pid) - cpu1) / EDITS;
  const memory = memoryMiB(child.pid);
  await stopServer(connection, child);
  rmSync(dir, { recursive: true, force: true });
  return { openMs, openCpuMs, editCpuMs, editP50Ms: median(latencies), rssMiB: memory.rss, peakMiB: memory.peak, diagnostics: [first.diagnostics.length, last.diagnostics.length] };
}

async function lspSeries() {
  const rows = [];
  for (const size of SIZES) {
    const templates = LSP_TEMPLATES * size;
    const runs = [];
    for (let r = 0; r < ROUNDS; r++) runs.push(await lspRun(templates));
    const pick = (key) => median(runs.map((run) => run[key]));
    rows.push({
      size,
      units: templates,
      label: `${templates.toLocaleString('en-US')} templates`,
      openMs: pick('openMs'),
      openCpuMs: pick('openCpuMs'),
      editCpuMs: pick('editCpuMs'),
      editP50Ms: pick('editP50Ms'),
      rssMiB: pick('rssMiB'),
      peakMiB: pick('peakMiB'),
      diagnostics: runs[0].diagnostics[0],
    });
    console.log(`lsp ${size}×: ${JSON.stringify(rows.at(-1))}`);
  }
  return rows;
}

// ---------------------------------------------------------------------------------------

const perUnitRatio = (rows, key) => {
  const base = rows[0][key] / rows[0].units;
  return rows.map((row) => row[key] / row.units / base);
};
const verdict = (ratios) => (Math.max(...ratios) <= LINEAR ? 'linear' : `NOT linear (per-template cost ${Math.max(...ratios).toFixed(2)}× of 1×)`);
const f0 = (n) => n.toFixed(0);
const f1 = (n) => n.toFixed(1);
const f2 = (n) => n.toFixed(2);

const loadBefore = loadavg()[0];
const cli = cliSeries();
const lsp = await lspSeries();
const loadAfter = loadavg()[0];

const cliCpu = perUnitRatio(cli, 'cpuMs');
const cliWall = perUnitRatio(cli, 'wallMs');
const lspOpen = perUnitRatio(lsp, 'openCpuMs');
const lspEdit = perUnitRatio(lsp, 'editCpuMs');

const section = `## Linear growth: 1×, 4×, 16× the corpus and the catalog

Generated by \`node bench/scaling/linear.js --sizes ${SIZES.join(',')} --rounds ${ROUNDS} --edits ${EDITS}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC
(${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores shared with other work, Node ${process.version}); load average (1 min)
${f1(loadBefore)} at the start, ${f1(loadAfter)} at the end. Medians of ${ROUNDS} runs. "per template vs 1×" divides each
cost by the number of templates and by the same at 1×: ${LINEAR} or less counts as linear.

### CLI: the CLI bench corpus (bench/lib/support-corpus.js), default settings, report to /dev/null

| size | input | wall (ms) | CPU (ms) | max RSS (MiB) | CPU per template vs 1× | wall per template vs 1× |
| --- | --- | ---: | ---: | ---: | ---: | ---: |
${cli.map((r, i) => `| ${r.size}× | ${r.label} | ${f0(r.wallMs)} | ${f0(r.cpuMs)} | ${f0(r.rssMiB)} | ${f2(cliCpu[i])} | ${f2(cliWall[i])} |`).join('\n')}

CPU: **${verdict(cliCpu)}**.

### Language server: the LSP bench catalog (bench/lib/lsp-catalog.js) in one document, ${EDITS} edits

| size | input | open → diagnostics (ms) | open CPU (ms) | CPU per edit (ms) | edit p50 (ms) | RSS after edits (MiB) | peak RSS (MiB) | open CPU per template vs 1× | edit CPU per template vs 1× |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${lsp.map((r, i) => `| ${r.size}× | ${r.label} | ${f0(r.openMs)} | ${f0(r.openCpuMs)} | ${f1(r.editCpuMs)} | ${f1(r.editP50Ms)} | ${f0(r.rssMiB)} | ${f0(r.peakMiB)} | ${f2(lspOpen[i])} | ${f2(lspEdit[i])} |`).join('\n')}

First open: **${verdict(lspOpen)}**; edits: **${verdict(lspEdit)}** (an edit re-analyses one template, but the
diagnostics of the whole document are sent again after each: that part grows with the document).
`;

const file = path.join(root, 'bench', 'scaling', 'RESULTS.md');
const previous = existsSync(file) ? readFileSync(file, 'utf8') : '# Scaling (time against input size)\n';
const at = previous.indexOf('\n## Linear growth');
// Hand-written notes after the generated tables ("### Notes on linear growth" on) are kept.
const notesAt = at === -1 ? -1 : previous.indexOf('\n### Notes on linear growth', at);
const notes = notesAt === -1 ? '' : previous.slice(notesAt);
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, `${(at === -1 ? previous : previous.slice(0, at)).trimEnd()}\n\n${section}${notes}`);
process.stdout.write(section);
