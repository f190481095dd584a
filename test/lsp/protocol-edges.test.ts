/**
 * Protocol corner cases (issue 17, items 8, 13, 14): requests before `initialize`,
 * `params: null`, a configPath that is a FIFO or a device, and documents too large to lint
 * live. Run against the built server over stdio, like every protocol test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProtocolConnection, ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { LspTestClient, SERVER_BIN } from './lsp-client.js';
import { CATALOG, workspace, type Workspace } from './fixtures.js';

async function errorOf(promise: Promise<unknown>): Promise<{ code: number; message: string } | 'no error'> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    return { code: (error as ResponseError<unknown>).code, message: (error as Error).message };
  }
}

describe('language server: lifecycle and parameters (item 13)', () => {
  it('answers requests before initialize with -32002, drops notifications, then works normally', async () => {
    const ws = workspace();
    const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: ws.dir });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published: unknown[] = [];
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    connection.onNotification('textDocument/publishDiagnostics', (p) => published.push(p));
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      const uri = ws.uri('early.sms.md');
      for (const [method, params] of [
        ['textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }],
        ['textDocument/documentSymbol', { textDocument: { uri } }],
        ['smslint/templateInfo', { uri, position: { line: 0, character: 0 } }],
        ['textDocument/diagnostic', { textDocument: { uri } }],
        ['textDocument/definition', { textDocument: { uri }, position: { line: 0, character: 0 } }],
      ] as const) {
        expect(await errorOf(connection.sendRequest(method, params)), method).toMatchObject({ code: -32002 });
      }
      // Dropped: a document opened before initialize is not known afterwards.
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sms-template', version: 1, text: CATALOG } });
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
      await connection.sendNotification('initialized', {});
      expect(await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })).toEqual([]);

      // params: null (and other non-objects) is invalid params, never an internal error.
      for (const method of ['textDocument/hover', 'textDocument/codeAction', 'textDocument/completion', 'textDocument/inlayHint', 'textDocument/documentSymbol', 'textDocument/foldingRange', 'smslint/templateInfo', 'workspace/executeCommand']) {
        for (const params of [null, 7, 'x']) {
          expect(await errorOf(connection.sendRequest(method, params)), `${method} ${JSON.stringify(params)}`).toMatchObject({ code: -32602 });
        }
      }
      // Notifications with params null or garbage are dropped without taking the server down.
      for (const method of ['textDocument/didOpen', 'textDocument/didChange', 'textDocument/didClose', 'workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']) {
        await connection.sendNotification(method, null);
        await connection.sendNotification(method, { textDocument: 7, changes: 'x', contentChanges: null });
      }
      // Still alive and correct.
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sms-template', version: 1, text: CATALOG } });
      const symbols = (await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
      expect(symbols.length).toBeGreaterThan(0);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
      expect(stderr).not.toMatch(/uncaught|unhandled/);
    } finally {
      connection.dispose();
      child.kill();
      ws.dispose();
    }
  });
});

describe('language server: smslint.configPath naming a FIFO or a device (item 8)', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = workspace();
  });
  afterAll(() => ws.dispose());

  it.each([
    ['a FIFO', 'config.fifo'],
    ['/dev/zero', '/dev/zero'],
  ])('configPath = %s: a located config error, linting with defaults, no hang', async (_label, name) => {
    const configPath = name.startsWith('/') ? name : ws.file(name);
    if (!name.startsWith('/')) expect(spawnSync('mkfifo', [configPath]).status).toBe(0);
    const client = await LspTestClient.start({ rootDir: ws.dir, settings: { configPath } });
    try {
      const uri = ws.uri(`doc-${name.replace(/\W/g, '')}.sms.md`);
      await client.open(uri, CATALOG);
      const lint = await client.waitForDiagnostics((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'placeholder-syntax'), 20_000);
      expect(lint.diagnostics.length).toBeGreaterThan(0);
      const configProblem = await client.waitForDiagnostics((p) => p.uri.endsWith(name.startsWith('/') ? name : `/${name}`) && p.diagnostics.length > 0, 20_000);
      expect(configProblem.diagnostics[0].message).toMatch(/not a regular file/);
    } finally {
      expect(await client.stop()).toBe(0);
    }
  });
});

describe('language server: documents too large to lint live (item 14)', () => {
  let ws: Workspace;
  let client: LspTestClient;
  beforeAll(async () => {
    ws = workspace();
    client = await LspTestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 150 } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    ws.dispose();
  });

  it('a 20 MB document with 1,000 rapid edits gets one notice, answers nothing else, stays small and fast, and is linted again when small', async () => {
    const uri = ws.uri('huge.sms.md');
    const template = (i: number) => `## Reply ${i}\n\nHi, your order ${i} has shipped. Reply STOP to opt out.\n\n`;
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 20_000_000; i++) {
      parts.push(template(i));
      length += parts[i].length;
    }
    const text = parts.join('');
    const started = performance.now();
    await client.open(uri, text);
    let peakRss = 0;
    const sampler = setInterval(() => {
      try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${client.process.pid}/status`, 'utf8'))?.[1];
        if (kb) peakRss = Math.max(peakRss, Number(kb) * 1024);
      } catch {
        // not on Linux, or exited
      }
    }, 100);
    // Sent raw (the test client's mirror of a 20 MB text would cost more than the server).
    let version = 1;
    for (let i = 0; i < 1000; i++) {
      const line = (i * 7919) % 200_000;
      version++;
      void client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
      });
    }
    const final = await client.waitForDiagnostics((p) => p.uri === uri && p.version === version, 90_000);
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    if (process.env.SMSLINT_REPORT) console.log(`20 MB + 1,000 edits: ${Math.round(elapsed)} ms, peak RSS ${Math.round(peakRss / 2 ** 20)} MB`);
    expect(final.diagnostics).toHaveLength(1);
    expect(final.diagnostics[0].code).toBe('document-too-large');
    expect(final.diagnostics[0].message).toMatch(/too large to lint live \(20,0\d\d,\d{3} characters; the limit is 5,242,880/);
    // Before: 2.2 GB and 21.6 s (and over a minute on a busy machine: the protocol library
    // copies the whole text on each edit; documents are now piece tables, never joined while too large).
    if (peakRss > 0) expect(peakRss).toBeLessThan(768 * 1024 * 1024);
    expect(elapsed).toBeLessThan(15_000);
    for (const [method, params, empty] of [
      ['textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } }, null],
      ['textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 50, character: 0 } } }, []],
      ['textDocument/documentSymbol', { textDocument: { uri } }, []],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }, []],
    ] as const) {
      expect(await client.request(method, params), method).toEqual(empty);
    }
    // Cut down to one template: linted as usual again.
    const small = version + 1;
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: small }, contentChanges: [{ text: CATALOG }] });
    const again = await client.diagnosticsAt(uri, small);
    expect(again.diagnostics.some((d) => d.code === 'placeholder-syntax')).toBe(true);
    expect(again.diagnostics.some((d) => d.code === 'document-too-large')).toBe(false);
  }, 180_000);
});
