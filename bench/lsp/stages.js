#!/usr/bin/env node
/**
 * Where the language server's CPU per keystroke goes, in process: the stages of one pass on
 * the 2,000-template bench catalog after a one-character edit in a different template each
 * time (as bench/lsp/run.js types), CPU time (process.cpuUsage) per stage, mean over the
 * edits after a warm-up: parse (snapshot: memoising parser + LineIndex), lint (lint cache),
 * diagnostics (findings → LSP diagnostics) and encode (the publishDiagnostics message to
 * UTF-8 bytes, as the stdio writer sends it). With `--root <checkout>` it measures another
 * build (a checkout before per-template diagnostics converts every finding and encodes with
 * JSON.stringify, as its server did).
 * Usage: node bench/lsp/stages.js [--root <checkout>] [--edits N]   (after `npm run build`)
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { benchDocument } from '../lib/lsp-keystrokes.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const root = path.resolve(option('--root', path.resolve(here, '../..')));
const EDITS = Number(option('--edits', 300));
const WARM_UP = 20;
const dist = (file) => path.join(root, 'packages/language-server/dist', file);
const load = (file) => import(pathToFileURL(dist(file)).href);

const { DocumentAnalysis } = await load('document-analysis.js');
const { toDiagnostic } = await load('diagnostics.js');
const { PieceTextDocument } = await load('piece-text-document.js');
const perTemplate = existsSync(dist('template-diagnostics.js'));
const encodeMessage = perTemplate ? (await load('diagnostics-encoding.js')).encodeMessage : (message) => Buffer.from(JSON.stringify(message), 'utf8');

const { document, analysis, options, type } = benchDocument({ DocumentAnalysis, PieceTextDocument });

const spent = { parse: 0, lint: 0, diagnostics: 0, encode: 0 };
let bytes = 0;
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};
for (let i = 0; i <= EDITS + WARM_UP; i++) {
  if (i > 0) type(i);
  const measured = i > WARM_UP;
  let t = cpu();
  const lap = (stage) => {
    const now = cpu();
    if (measured) spent[stage] += now - t;
    t = now;
  };
  const snapshot = analysis.snapshot(document.version, document.getText(), () => document.lineStarts());
  lap('parse');
  const { result, runs, version } = analysis.lint(snapshot, options, 1);
  lap('lint');
  const diagnostics = perTemplate
    ? analysis.diagnostics.update(snapshot.text, snapshot.index, snapshot.file.templates, runs ?? result.findings)
    : result.findings.map((finding, index) => toDiagnostic(finding, snapshot.index, { version, index }));
  lap('diagnostics');
  bytes = encodeMessage({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: document.uri, version, diagnostics } }).length;
  lap('encode');
}
const ms = (us) => `${(us / EDITS / 1000).toFixed(2)} ms`;
const total = Object.values(spent).reduce((a, b) => a + b, 0);
console.log(
  `${root}: per edit (CPU, mean of ${EDITS}) parse ${ms(spent.parse)}, lint ${ms(spent.lint)}, diagnostics ${ms(spent.diagnostics)}, encode ${ms(spent.encode)}; total ${ms(total)}; message ${(bytes / 1024).toFixed(0)} KiB; load ${loadavg()[0].toFixed(1)}`,
);
