/**
 * Issue 18, editor first impression: the debounce waits for typing to pause, and opening a
 * document is not typing. With a debounce no test would wait for, an opened document's
 * diagnostics still arrive; its edits are debounced as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient, positionAt } from './lsp-client.js';
import { CATALOG, workspace, type Workspace } from './fixtures.js';

describe('language server: first diagnostics after opening', () => {
  let ws: Workspace;
  let client: LspTestClient;

  beforeAll(async () => {
    ws = workspace();
    client = await LspTestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 600_000 } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    ws.dispose();
  });

  it('lints a document as soon as it is opened, without the typing debounce', async () => {
    const uri = ws.uri('opened.sms.md');
    await client.open(uri, CATALOG);
    const published = await client.diagnosticsAt(uri, 1);
    expect(published.diagnostics.length).toBeGreaterThan(0);
  });

  it('still debounces edits: version 2 is not published while typing could go on', async () => {
    const uri = ws.uri('typed.sms.md');
    await client.open(uri, CATALOG);
    await client.diagnosticsAt(uri, 1);
    const at = positionAt(CATALOG, 0);
    const version = await client.change(uri, [{ range: { start: at, end: at }, text: 'x' }]);
    // Hover answers after the change is applied; the debounced pass has not run by then.
    await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at });
    expect(client.diagnostics.some((p) => p.uri === uri && p.version === version)).toBe(false);
  });
});
