#!/usr/bin/env node
/**
 * Language-server latency on a 2,000-template catalog, over stdio like an editor:
 * the time from one `didChange` (one template edited) to its `publishDiagnostics`, p50/p95
 * over 200 edits, next to a full re-lint of the same text with core `lintText` and the
 * server's first-open time. Debounce is 0 (initializationOptions) so only analysis counts.
 * Then bursts: 300 keystrokes sent without waiting, on this catalog and on a 10,000-template
 * one: how many passes answer them and how long after the last keystroke its diagnostics
 * arrive (the target: one pass's time; passes never queue).
 * It also prints the md5 of the last diagnostics published for the 2,000-template catalog
 * (after the awaited edits and the burst), without the `data` field, so two builds can be
 * shown to publish the same findings.
 * Run after `npm run build`:  node bench/lsp/run.js   (writes bench/lsp/RESULTS.md, keeping its
 * hand-written sections). `--root <dir>` runs the server and core of another checkout (an A/B
 * against a base build) and `--no-write` leaves RESULTS.md alone.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { catalog as lspCatalog } from '../lib/lsp-catalog.js';
import { cpuMs, memoryMiB, startSession } from '../lib/process-stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const rootArg = argv.indexOf('--root');
const root = rootArg >= 0 ? path.resolve(argv[rootArg + 1]) : path.resolve(here, '../..');
const write = !argv.includes('--no-write');
const server = path.join(root, 'packages/language-server/bin/smslint-language-server.js');
const { lintText } = await import(pathToFileURL(path.join(root, 'packages/core/dist/index.js')).href);

const TEMPLATES = 2000;
const EDITS = 200;
const BURST = 300;
const LARGE_TEMPLATES = 10_000;

const catalog = (templates = TEMPLATES) => lspCatalog(templates);

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (n) => `${n.toFixed(1)} ms`;

const text = catalog();
const dir = mkdtempSync(path.join(tmpdir(), 'smslint-bench-lsp-'));
const file = path.join(dir, 'catalog.sms.md');
writeFileSync(file, text);
const uri = pathToFileURL(file).href;

// Full re-lint with core, same process as this script (warm-up + median of 5).
const fullTimes = [];
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  lintText(text, { filePath: file });
  if (i > 0) fullTimes.push(performance.now() - t0);
}
fullTimes.sort((a, b) => a - b);
const fullLint = fullTimes[2];

// BENCH_SERVER_NODE_ARGS: Node flags for the server only (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
const child = spawn(process.execPath, [...serverNodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], cwd: dir });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
// One handler (a connection keeps one per method): counts publishes (passes) and wakes
// whoever waits for a document version.
const waiting = new Map();
let publishCount = 0;
/** The newest diagnostics published per document. */
const lastPublished = new Map();
connection.onNotification('textDocument/publishDiagnostics', (params) => {
  publishCount++;
  lastPublished.set(params.uri, params);
  const key = `${params.uri}#${params.version}`;
  const resolve = waiting.get(key);
  if (resolve) {
    waiting.delete(key);
    resolve(performance.now());
  }
});
await startSession(connection, dir, { child, name: 'smslint-language-server', initializationOptions: { debounceMs: 0 } });

const published = (version, forUri = uri) => new Promise((resolve) => waiting.set(`${forUri}#${version}`, resolve));
let t0 = performance.now();
let done = published(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sms-template', version: 1, text } });
const firstOpen = (await done) - t0;

// Each edit types one character into the body of a different template.
const lines = text.split('\n');
const bodyLines = [];
lines.forEach((line, i) => {
  if (line.startsWith('Hi {{name}}')) bodyLines.push(i);
});
const latencies = [];
const editsCpuStart = cpuMs(child.pid);
for (let i = 0; i < EDITS; i++) {
  const version = i + 2;
  const line = bodyLines[(i * 7919) % bodyLines.length];
  done = published(version);
  t0 = performance.now();
  await connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: 'x' }],
  });
  latencies.push((await done) - t0);
}
const cpuPerEdit = (cpuMs(child.pid) - editsCpuStart) / EDITS;
const memoryAfterEdits = memoryMiB(child.pid);
latencies.sort((a, b) => a - b);

/**
 * `BURST` keystrokes into document `burstUri` (at `version` + 1 …) without waiting: the
 * passes that answered them and the time from the last keystroke to its diagnostics.
 */
async function burst(burstUri, burstLines, version) {

  const lastDone = published(version + BURST, burstUri);
  const before = publishCount;
  const cpuBefore = cpuMs(child.pid);
  const sends = [];
  // Typed as a writer types: one character after the other, in one template's body.
  const line = burstLines[Math.floor(burstLines.length / 2)];
  for (let i = 1; i <= BURST; i++) {
    const at = { line, character: 2 + i };
    sends.push(connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: burstUri, version: version + i },
      contentChanges: [{ range: { start: at, end: at }, text: 'y' }],
    }));
  }
  await Promise.all(sends);
  const sent = performance.now();
  const arrived = await lastDone;
  return { passes: publishCount - before, afterLast: arrived - sent, cpu: cpuMs(child.pid) - cpuBefore };
}

const smallBurst = await burst(uri, bodyLines, EDITS + 1);
// What the catalog's last publish says, without `data` (an internal tie to the finding).
const last = lastPublished.get(uri);
const publishedMd5 = createHash('md5')
  .update(JSON.stringify(last.diagnostics.map(({ data, ...diagnostic }) => diagnostic)))
  .digest('hex');
const largeText = catalog(LARGE_TEMPLATES);
const largeFile = path.join(dir, 'large.sms.md');
writeFileSync(largeFile, largeText);
const largeUri = pathToFileURL(largeFile).href;
const largeOpen = published(1, largeUri);
t0 = performance.now();
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: largeUri, languageId: 'sms-template', version: 1, text: largeText } });
const largeFirstOpen = (await largeOpen) - t0;
const largeLines = [];
largeText.split('\n').forEach((line, i) => {
  if (line.startsWith('Hi {{name}}')) largeLines.push(i);
});
// One awaited edit: the time of a single pass on the large catalog, to compare the burst with.
const largeSingle = published(2, largeUri);
const largeSingleCpuStart = cpuMs(child.pid);
t0 = performance.now();
await connection.sendNotification('textDocument/didChange', {
  textDocument: { uri: largeUri, version: 2 },
  contentChanges: [{ range: { start: { line: largeLines[0], character: 3 }, end: { line: largeLines[0], character: 3 } }, text: 'z' }],
});
const largePass = (await largeSingle) - t0;
const largePassCpu = cpuMs(child.pid) - largeSingleCpuStart;
const largeBurst = await burst(largeUri, largeLines, 2);

await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
rmSync(dir, { recursive: true, force: true });

const p50 = percentile(latencies, 50);
const p95 = percentile(latencies, 95);
const report = `# Language server latency (bench/lsp/run.js)

${TEMPLATES.toLocaleString('en-US')}-template catalog (${(text.length / 1024).toFixed(0)} KiB), server over stdio,
debounce 0, ${EDITS} single-character edits each in a different template, each awaited.
Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), shared machine, load average ${loadavg()[0].toFixed(1)}. Run: ${new Date().toISOString()}.

| measurement | time |
| --- | --- |
| didChange → publishDiagnostics, p50 | ${ms(p50)} |
| didChange → publishDiagnostics, p95 | ${ms(p95)} |
| didChange → publishDiagnostics, max | ${ms(latencies.at(-1))} |
| server first open (didOpen → publishDiagnostics) | ${ms(firstOpen)} |
| full re-lint, core \`lintText\` on the same text (median of 5) | ${ms(fullLint)} |
| server CPU time per edit (\`/proc/<pid>/stat\`, mean of ${EDITS}) | ${ms(cpuPerEdit)} |
| server RSS after the ${EDITS} edits (peak so far) | ${memoryAfterEdits.rss.toFixed(0)} MiB (${memoryAfterEdits.peak.toFixed(0)} MiB) |

Target (issue 18): p95 under 20 ms — ${p95 < 20 ? 'met' : 'NOT met'}. An edit re-parses and re-lints only the
template it touched (per-document memoising parser + lint cache); the full re-lint is what
every keystroke would cost without them.

## Bursts: ${BURST} keystrokes sent without waiting

| catalog | one edit, awaited (server CPU) | passes that answered the burst | last keystroke → its diagnostics | server CPU for the whole burst |
| --- | --- | --- | --- | --- |
| ${TEMPLATES.toLocaleString('en-US')} templates | ${ms(p50)} (p50 above; ${ms(cpuPerEdit)}) | ${smallBurst.passes} | ${ms(smallBurst.afterLast)} | ${ms(smallBurst.cpu)} |
| ${LARGE_TEMPLATES.toLocaleString('en-US')} templates (first open ${ms(largeFirstOpen)}) | ${ms(largePass)} (${ms(largePassCpu)}) | ${largeBurst.passes} | ${ms(largeBurst.afterLast)} | ${ms(largeBurst.cpu)} |

A pass waits until the server has dispatched every queued message (input-quiet.ts), so a
burst is answered by the newest version, not one pass per keystroke.

The last diagnostics published for the ${TEMPLATES.toLocaleString('en-US')}-template catalog (version ${last.version}, ${last.diagnostics.length.toLocaleString('en-US')} diagnostics;
md5 of their JSON without \`data\`): \`${publishedMd5}\`.
`;
/** Hand-written sections (from the marker, or the first of them before it existed) survive a re-run. */
function handWritten() {
  const file = path.join(here, 'RESULTS.md');
  if (!existsSync(file)) return '';
  const text = readFileSync(file, 'utf8');
  for (const marker of [HAND_WRITTEN, '\n## Issue 18, second round']) {
    const at = text.indexOf(marker);
    if (at >= 0) return text.slice(at + (marker === HAND_WRITTEN ? HAND_WRITTEN.length : 0));
  }
  return '';
}
const HAND_WRITTEN = '\n<!-- hand-written below: kept by bench/lsp/run.js -->\n';
if (write) writeFileSync(path.join(here, 'RESULTS.md'), report + HAND_WRITTEN + handWritten());
process.stdout.write(report);
process.stdout.write(`server CPU per edit ${cpuPerEdit.toFixed(1)} ms, p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, load ${loadavg()[0].toFixed(1)}, md5 ${publishedMd5}\n`);
