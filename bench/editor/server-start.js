#!/usr/bin/env node
/**
 * The language server's part of the editor's first impression, as VS Code drives it: spawn
 * the extension's bundled server (extension/dist/server.js: `node extension/scripts/build.mjs --production`, as the .vsix has it),
 * `initialize` with VS Code's capabilities (pull diagnostics, workspace/configuration), then
 * open a small catalog and pull its diagnostics. Prints each step's wall time and the
 * server's CPU time, median of N fresh processes, for the bundle loaded as a plain module
 * and through dist/server-launcher.js with its V8 code cache (written at the exit of a first,
 * priming run), interleaved:
 *   node bench/editor/server-start.js [runs]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { cpuMs, startSession, stopServer } from '../lib/process-stats.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const variants = {
  'server.js, plain module': { entry: path.join(root, 'extension/dist/server.js'), env: {} },
  'server-launcher.js, code cache': { entry: path.join(root, 'extension/dist/server-launcher.js'), env: {} },
};
const runs = Number(process.argv[2] ?? 7);

const CATALOG = `---
brand: Northwind
kind: support
variables:
  firstName: { maxLength: 20, charset: gsm, sample: Dana }
---

# Support replies

## Order shipped

Northwind: Hi {{firstName}}, good news: your order is on its way and it\u2019s expected to arrive within three to five business days. Reply STOP to opt out.

## Callback offer

Northwind: Prefer to talk? Reply CALL and an agent will call you within 15 minutes. Reply STOP to opt out.
`;

/** One fresh server: spawn → initialize, didOpen → pulled diagnostics; `linger` ms before shutdown. */
async function once({ entry, env }, linger = 0) {
  const dir = mkdtempSync(path.join(tmpdir(), 'smslint-bench-start-'));
  const file = path.join(dir, 'support.sms.md');
  writeFileSync(file, CATALOG);
  const uri = pathToFileURL(file).href;
  const t0 = performance.now();
  const child = spawn(process.execPath, [entry, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], cwd: dir, env: { ...process.env, ...env } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  await startSession(connection, dir, {
    capabilities: {
      textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
      workspace: { configuration: true, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
    },
  });
  const initialized = performance.now();
  const initCpu = cpuMs(child.pid);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: CATALOG } });
  const report = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const diagnosed = performance.now();
  const totalCpu = cpuMs(child.pid);
  if (!report.items?.some((d) => d.code === 'ucs2-character' || String(d.code?.value ?? d.code).includes('ucs2'))) {
    throw new Error(`no ucs2-character diagnostic: ${JSON.stringify(report).slice(0, 300)}`);
  }
  if (linger) await new Promise((resolve) => setTimeout(resolve, linger));
  await stopServer(connection, child);
  rmSync(dir, { recursive: true, force: true });
  return { initialize: initialized - t0, firstDiagnostics: diagnosed - initialized, total: diagnosed - t0, initCpu, lintCpu: totalCpu - initCpu };
}

const cacheDir = mkdtempSync(path.join(tmpdir(), 'smslint-bench-code-cache-'));
variants['server-launcher.js, code cache'].env = { SMSLINT_COMPILE_CACHE: cacheDir };
// Priming: the launcher writes its cache when the server exits (stopServer).
await once(variants['server-launcher.js, code cache']);
if (readdirSync(cacheDir).length === 0) throw new Error('the launcher wrote no code cache');
const rows = Object.fromEntries(Object.keys(variants).map((name) => [name, []]));
for (let i = 0; i < runs; i++) for (const [name, variant] of Object.entries(variants)) rows[name].push(await once(variant));
rmSync(cacheDir, { recursive: true, force: true });
const load = loadavg()[0].toFixed(1);
console.log(`server start, ${runs} fresh processes each, interleaved, medians (load ${load}):`);
for (const [name, list] of Object.entries(rows)) {
  const median = (key) => list.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
  console.log(`  ${name}`);
  console.log(`    spawn → initialize answered  ${median('initialize').toFixed(0)} ms wall, ${median('initCpu')} ms CPU`);
  console.log(`    didOpen → diagnostics pulled ${median('firstDiagnostics').toFixed(0)} ms wall, ${median('lintCpu')} ms CPU`);
  console.log(`    total                        ${median('total').toFixed(0)} ms wall, ${median('initCpu') + median('lintCpu')} ms CPU`);
}
