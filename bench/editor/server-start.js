#!/usr/bin/env node
/**
 * The language server's part of the editor's first impression, as VS Code drives it: spawn
 * the extension's bundled server (extension/dist/server.js: `node extension/scripts/build.mjs --production`, as the .vsix has it),
 * `initialize` with VS Code's capabilities (pull diagnostics, workspace/configuration), then
 * open a small catalog and pull its diagnostics. Prints each step's wall time and the
 * server's CPU time, median of N fresh processes:
 *   node bench/editor/server-start.js [runs]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = fileURLToPath(new URL('../../', import.meta.url));
const server = path.join(root, 'extension/dist/server.js');
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

const cpuMs = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};

async function once() {
  const dir = mkdtempSync(path.join(tmpdir(), 'smslint-bench-start-'));
  const file = path.join(dir, 'support.sms.md');
  writeFileSync(file, CATALOG);
  const uri = pathToFileURL(file).href;
  const t0 = performance.now();
  const child = spawn(process.execPath, [...(process.env.SERVER_NODE_ARGS ? process.env.SERVER_NODE_ARGS.split(' ') : []), server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], cwd: dir });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(dir).href,
    capabilities: {
      textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: { versionSupport: true } },
      workspace: { configuration: true, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
    },
  });
  const initialized = performance.now();
  const initCpu = cpuMs(child.pid);
  await connection.sendNotification('initialized', {});
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: CATALOG } });
  const report = await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
  const diagnosed = performance.now();
  const totalCpu = cpuMs(child.pid);
  if (!report.items?.some((d) => d.code === 'ucs2-character' || String(d.code?.value ?? d.code).includes('ucs2'))) {
    throw new Error(`no ucs2-character diagnostic: ${JSON.stringify(report).slice(0, 300)}`);
  }
  await connection.sendRequest('shutdown');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendNotification('exit');
  await exited;
  connection.dispose();
  rmSync(dir, { recursive: true, force: true });
  return { initialize: initialized - t0, firstDiagnostics: diagnosed - initialized, total: diagnosed - t0, initCpu, lintCpu: totalCpu - initCpu };
}

const rows = [];
for (let i = 0; i < runs; i++) rows.push(await once());
const median = (key) => rows.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
const load = loadavg()[0].toFixed(1);
console.log(`server start, ${runs} fresh processes, medians (load ${load}):`);
console.log(`  spawn → initialize answered  ${median('initialize').toFixed(0)} ms wall, ${median('initCpu')} ms CPU`);
console.log(`  didOpen → diagnostics pulled ${median('firstDiagnostics').toFixed(0)} ms wall, ${median('lintCpu')} ms CPU`);
console.log(`  total                        ${median('total').toFixed(0)} ms wall`);
