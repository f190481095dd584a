#!/usr/bin/env node
/**
 * What one keystroke leaves alive: the language server's pass (as bench/lsp/stages.js runs it:
 * parse, lint, diagnostics, encode) on the 2,000-template bench catalog, with V8's sampling heap
 * profiler started before a pass and stopped after it. The profile then holds the objects the
 * pass allocated that are still referenced when it ends (a full collection runs first), i.e.
 * what the young generation's next collection must copy (or promote): the cost of a scavenge
 * follows these bytes, not the garbage. Prints KiB per pass by allocation site (function, file:line), largest first, summed
 * over `--passes` passes after a warm-up.
 * Usage: node bench/lsp/survivors.js [--root <checkout>] [--passes N] [--top N]   (after `npm run build`)
 */
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { benchDocument } from '../lib/lsp-keystrokes.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const root = path.resolve(option('--root', path.resolve(here, '../..')));
const PASSES = Number(option('--passes', 40));
const TOP = Number(option('--top', 25));
const WARM_UP = 30;
setFlagsFromString('--expose-gc');
/** A full collection, so that the profile keeps only what is still referenced. */
const collect = runInNewContext('gc');
const load = (file) => import(pathToFileURL(path.join(root, 'packages/language-server/dist', file)).href);

const { DocumentAnalysis } = await load('document-analysis.js');
const { PieceTextDocument } = await load('piece-text-document.js');
const { encodeMessage } = await load('diagnostics-encoding.js');

const { document, analysis, options, type } = benchDocument({ DocumentAnalysis, PieceTextDocument });

let message;
function pass(i) {
  type(i);
  const snapshot = analysis.snapshot(document.version, document.getText(), () => document.lineStarts());
  const { runs, version } = analysis.lint(snapshot, options, 1);
  const diagnostics = analysis.diagnostics.update(snapshot.text, snapshot.index, snapshot.file.templates, runs);
  // Kept until the next pass, as the server's writer holds the last message until it is sent.
  message = encodeMessage({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: document.uri, version, diagnostics } });
}

for (let i = 1; i <= WARM_UP; i++) pass(i);
const session = new Session();
session.connect();
const bySite = new Map();
let total = 0;
for (let i = WARM_UP + 1; i <= WARM_UP + PASSES; i++) {
  await session.post('HeapProfiler.startSampling', { samplingInterval: 256 });
  pass(i);
  collect();
  const { profile } = await session.post('HeapProfiler.stopSampling');
  const sizes = new Map(profile.samples.map((s) => [s.nodeId, 0]));
  for (const s of profile.samples) sizes.set(s.nodeId, sizes.get(s.nodeId) + s.size);
  const name = (f) => `${f.functionName || '(anonymous)'} ${f.url ? `${path.basename(f.url)}:${f.lineNumber + 1}` : '(builtin)'}`;
  const walk = (node, caller) => {
    const size = sizes.get(node.id) ?? 0;
    if (size > 0) {
      // A builtin (Array#push, String#slice) is named with the function that called it.
      const site = node.callFrame.url ? name(node.callFrame) : `${name(node.callFrame)} in ${caller}`;
      bySite.set(site, (bySite.get(site) ?? 0) + size);
      total += size;
    }
    for (const child of node.children) walk(child, name(node.callFrame));
  };
  walk(profile.head, '');
}
const kib = (bytes) => (bytes / PASSES / 1024).toFixed(1);
console.log(`${root}: alive after a pass, allocated by it: ${kib(total)} KiB per pass (sampled, mean of ${PASSES}; message ${(message.length / 1024).toFixed(0)} KiB)`);
for (const [site, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${kib(bytes).padStart(8)} KiB  ${site}`);
