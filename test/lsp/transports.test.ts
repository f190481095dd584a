import { fork, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, type CodeLens, type InitializeResult } from 'vscode-languageserver-protocol/node';
import { LspTestClient, SERVER_BIN } from './lsp-client.js';
import { CATALOG, workspace } from './fixtures.js';

describe('language server: transports and lifecycle', () => {
  it('speaks LSP over Node IPC (--node-ipc) and exits 0 after shutdown/exit', async () => {
    const child = fork(SERVER_BIN, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
    connection.listen();
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const result = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as InitializeResult;
    expect(result.serverInfo?.name).toBe('smslint-language-server');
    expect(result.serverInfo?.version).toMatch(/^\d+\.\d+\.\d+/);
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    expect(await exited).toBe(0);
    connection.dispose();
  });

  it('prints its version with --version, and reports it in serverInfo', () => {
    const run = spawnSync(process.execPath, [SERVER_BIN, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const { version } = JSON.parse(readFileSync(new URL('../../packages/language-server/package.json', import.meta.url), 'utf8'));
    expect(run.stdout).toBe(`${version}\n`);
  });

  it('refuses to start without a transport and explains why', () => {
    const run = spawnSync(process.execPath, [SERVER_BIN], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--stdio or --node-ipc/);
  });

  it('shows the per-template summary as code lens when the client prefers it', async () => {
    const ws = workspace();
    const client = await LspTestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 0, preferCodeLens: true } });
    try {
      expect(client.initializeResult.capabilities.codeLensProvider).toBeDefined();
      expect(client.initializeResult.capabilities.inlayHintProvider).toBeUndefined();
      const uri = ws.uri('lens.sms.md');
      await client.open(uri, CATALOG);
      const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      expect(lenses.map((lens) => lens.range.start.line)).toEqual([8, 12]);
      expect(lenses[1].command?.title).toMatch(/^1 segment.* · GSM-7 · \d+\/160$/);
    } finally {
      expect(await client.stop()).toBe(0);
      ws.dispose();
    }
  });
});
