#!/usr/bin/env node
/**
 * Language-server memory, smslint against remark-language-server in the same run: both
 * servers over stdio, the same 2,000-template catalog opened in the same workspace folder,
 * the same single-character edits (each in a different template's body, each awaited by
 * both servers before the next), and each server's resident memory (VmRSS, peak VmHWM from
 * /proc/<pid>/status) and CPU time at checkpoints, so "flat over 1,000+ edits" is visible.
 * Each server gets the edits in the sync kind it asked for in `initialize` (smslint:
 * incremental; the peer: full text, as unified-language-server asks).
 *
 * The peer (bench/lsp/peers/remark-language-server.js) lints with remark-lint's recommended
 * preset from a `.remarkrc.json` in the workspace folder; the folder links the repository's
 * node_modules so unified-engine finds the preset there, as in a project that installed it.
 *
 *   npx tsc -b && node scripts/bundle.js && node bench/lsp/memory.js
 *     [--edits 1500] [--checkpoints 300,600,1000,1500] [--peer-edits 1000] [--no-peer]
 *     [--smslint <bin>] [--node-arg <flag> …] [--no-write]
 *
 * The peer spends about 0.5 s of CPU per edit here (smslint about 20 ms), so it gets the first
 * --peer-edits edits only; its later checkpoints stay empty.
 * --smslint runs another build's bin (an A/B against a base worktree), --node-arg passes a
 * V8/Node flag to the smslint server's process, --no-write only prints. Writes its section
 * of bench/lsp/RESULTS.md (between the memory.js markers), and prints the md5 of the
 * smslint server's last publishDiagnostics (JSON of its diagnostics): findings must stay
 * byte-identical across a memory change.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, TextDocumentSyncKind } from 'vscode-languageserver-protocol/node';
import { catalog } from '../lib/lsp-catalog.js';
import { cpuMs, memoryMiB, startSession, stopServer } from '../lib/process-stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

const { values } = parseArgs({
  options: {
    edits: { type: 'string', default: '1500' },
    checkpoints: { type: 'string', default: '300,600,1000,1500' },
    'peer-edits': { type: 'string', default: '1000' },
    'no-peer': { type: 'boolean', default: false },
    smslint: { type: 'string', default: path.join(root, 'packages/language-server/bin/smslint-language-server.js') },
    'node-arg': { type: 'string', multiple: true, default: [] },
    'no-write': { type: 'boolean', default: false },
  },
});
const TEMPLATES = 2000;
const EDITS = Number(values.edits);
const CHECKPOINTS = values.checkpoints.split(',').map(Number).filter((n) => n > 0 && n <= EDITS);
const withPeer = !values['no-peer'];
// The peer spends about half a second of CPU per edit on this catalog: it stops after this many.
const PEER_EDITS = Math.min(EDITS, Number(values['peer-edits']));

const text = catalog(TEMPLATES);
/** The body lines, where the edits type. */
const lines = text.split('\n').flatMap((line, i) => (line.startsWith('Hi {{name}}') ? [i] : []));
const dir = mkdtempSync(path.join(tmpdir(), 'smslint-bench-lsp-memory-'));
const file = path.join(dir, 'catalog.sms.md');
writeFileSync(file, text);
writeFileSync(path.join(dir, '.remarkrc.json'), JSON.stringify({ plugins: ['remark-preset-lint-recommended'] }));
symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
const uri = pathToFileURL(file).href;

/** A server over stdio with a client connection that resolves per-version publishes. */
async function start(name, languageId, command, args) {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'], cwd: dir });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  const server = { name, languageId, child, connection, last: null };
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    server.last = params;
    const resolve = waiting.get(params.version);
    if (resolve) {
      waiting.delete(params.version);
      resolve(params);
    }
  });
  connection.onNotification('window/showMessage', () => {});
  connection.onNotification('window/logMessage', () => {});
  const result = await startSession(connection, dir, {
    child,
    name,
    workspaceFolders: [{ uri: pathToFileURL(dir).href, name: 'bench' }],
    initializationOptions: { debounceMs: 0 },
  });
  const sync = result.capabilities.textDocumentSync;
  server.incremental = (typeof sync === 'number' ? sync : sync?.change) === TextDocumentSyncKind.Incremental;
  server.published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  server.sample = () => ({ ...memoryMiB(child.pid), cpu: cpuMs(child.pid) });
  return server;
}

const servers = [await start('smslint-language-server', 'sms-template', process.execPath, [...values['node-arg'], values.smslint, '--stdio'])];
if (withPeer) servers.push(await start('remark-language-server', 'markdown', process.execPath, [path.join(here, 'peers/remark-language-server.js'), '--stdio']));

/** Ends a server, keeping its last diagnostics for the report (in start order). */
async function stop(s) {
  lastDiagnostics[everyServer.indexOf(s)] = s.last.diagnostics;
  await stopServer(s.connection, s.child);
}
const everyServer = [...servers];
const rows = new Map(servers.map((s) => [s.name, []]));
// RSS at one instant depends on where the garbage collector's saw-tooth is: each checkpoint
// also gets the mean of samples taken every SAMPLE_EVERY edits since the previous one.
const SAMPLE_EVERY = 10;
const windows = new Map(servers.map((s) => [s.name, []]));
const record = (label) => {
  for (const s of servers) {
    const samples = windows.get(s.name).splice(0);
    const now = s.sample();
    const mean = samples.length > 0 ? samples.reduce((sum, rss) => sum + rss, 0) / samples.length : now.rss;
    rows.get(s.name).push({ label, ...now, mean });
  }
};

const opened = servers.map((s) => s.published(1));
for (const s of servers) await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: s.languageId, version: 1, text } });
const firstDiagnostics = await Promise.all(opened);
record('open');

const current = text.split('\n');
const lastDiagnostics = [];
for (let i = 1; i <= EDITS; i++) {
  if (i === PEER_EDITS + 1 && servers.length > 1) await stop(servers.pop());
  const version = i + 1;
  const line = lines[(i * 7919) % lines.length];
  current[line] = `${current[line].slice(0, 3)}x${current[line].slice(3)}`;
  const full = current.join('\n');
  const done = servers.map((s) => s.published(version));
  for (const s of servers) {
    const at = { line, character: 3 };
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [s.incremental ? { range: { start: at, end: at }, text: 'x' } : { text: full }],
    });
  }
  await Promise.all(done);
  if (i % SAMPLE_EVERY === 0) for (const s of servers) windows.get(s.name).push(memoryMiB(s.child.pid).rss);
  if (CHECKPOINTS.includes(i)) record(`${i} edits`);
}

// Without `data` (the server's internal tie from a diagnostic to its finding), like bench/lsp/run.js.
const md5 = createHash('md5').update(JSON.stringify(servers[0].last.diagnostics.map(({ data, ...diagnostic }) => diagnostic))).digest('hex');
while (servers.length > 0) await stop(servers.pop());
rmSync(dir, { recursive: true, force: true });

const mib = (n) => `${n.toFixed(0)} MiB`;
const labels = rows.get(everyServer[0].name).map((r) => r.label);
const table = (pick) => [
  `| server | ${labels.map((label) => `after ${label}`).join(' | ')} |`,
  `| --- |${' ---: |'.repeat(labels.length)}`,
  ...everyServer.map((s) => `| ${s.name} | ${labels.map((_, i) => (rows.get(s.name)[i] ? pick(rows.get(s.name)[i]) : '—')).join(' | ')} |`),
].join('\n');
const cpuTable = [
  '| server | edits | CPU for the first open | CPU per edit, mean | diagnostics after its last edit |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...everyServer.map((s, i) => {
    const r = rows.get(s.name);
    const edits = i === 0 ? EDITS : PEER_EDITS;
    const perEdit = (r.at(-1).cpu - r[0].cpu) / Number(r.at(-1).label.split(' ')[0]);
    return `| ${s.name} | ${edits} | ${r[0].cpu.toFixed(0)} ms | ${perEdit.toFixed(1)} ms | ${lastDiagnostics[i].length} (first open: ${firstDiagnostics[i].diagnostics.length}) |`;
  }),
].join('\n');

const section = `<!-- memory.js: generated by node bench/lsp/memory.js, replaced on each run -->
## Memory: smslint-language-server and remark-language-server, same catalog, same edits

Generated by \`node bench/lsp/memory.js${process.argv.slice(2).map((a) => ` ${a}`).join('')}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC
(${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} CPUs shared with other work, Node ${process.version},
load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} at the end). ${TEMPLATES.toLocaleString('en-US')}-template catalog
(${(text.length / 1024).toFixed(0)} KiB), both servers running at once, ${EDITS.toLocaleString('en-US')} single-character edits, each in
another template's body and awaited by both (the peer: the first ${PEER_EDITS.toLocaleString('en-US')}); the peer lints with
remark-preset-lint-recommended. CPU per edit is over the edits up to the last checkpoint.

Resident memory (VmRSS) at the checkpoint:

${table((r) => mib(r.rss))}

Mean resident memory over the edits since the previous checkpoint (sampled every ${SAMPLE_EVERY} edits):

${table((r) => mib(r.mean))}

Peak resident memory so far (VmHWM):

${table((r) => mib(r.peak))}

${cpuTable}

md5 of smslint's last publishDiagnostics (JSON of its diagnostics without \`data\`): \`${md5}\`.
<!-- /memory.js -->`;

process.stdout.write(`${section}\n`);
if (!values['no-write']) {
  const results = path.join(here, 'RESULTS.md');
  const old = existsSync(results) ? readFileSync(results, 'utf8') : '';
  const start = old.indexOf('<!-- memory.js:');
  const end = old.indexOf('<!-- /memory.js -->');
  const updated = start !== -1 && end > start
    ? old.slice(0, start) + section + old.slice(end + '<!-- /memory.js -->'.length)
    : `${old.trimEnd()}\n\n${section}\n`;
  writeFileSync(results, updated);
}
