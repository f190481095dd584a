import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { LspTestClient, positionAt } from './lsp-client.js';
import { BROKEN_PLACEHOLDER, CATALOG, crlf, workspace, type Workspace } from './fixtures.js';

describe('language server: diagnostics over stdio', () => {
  let ws: Workspace;
  let client: LspTestClient;

  beforeAll(async () => {
    ws = workspace();
    client = await LspTestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 0 } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    ws.dispose();
  });

  it('announces incremental sync and the smslint features', () => {
    const caps = client.initializeResult.capabilities;
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(caps.hoverProvider).toBe(true);
    expect(caps.inlayHintProvider).toBe(true);
    expect(caps.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.smslint'] });
    expect(caps.diagnosticProvider).toBeUndefined(); // this client does not pull
  });

  for (const [name, text] of [
    ['LF', CATALOG],
    ['CRLF', crlf(CATALOG)],
  ] as const) {
    it(`publishes exact UTF-16 ranges after an emoji (${name})`, async () => {
      const uri = ws.uri(`ranges-${name}.sms.md`);
      await client.open(uri, text);
      const published = await client.diagnosticsAt(uri, 1);
      const diagnostic = published.diagnostics.find((d) => d.code === 'placeholder-syntax');
      expect(diagnostic).toBeDefined();
      const start = text.indexOf(BROKEN_PLACEHOLDER);
      expect(diagnostic!.range).toEqual({
        start: positionAt(text, start),
        end: positionAt(text, start + BROKEN_PLACEHOLDER.length),
      });
      // The emoji is two UTF-16 code units: the character offset counts both.
      const line = text.split(/\r?\n/)[diagnostic!.range.start.line];
      expect(line.slice(diagnostic!.range.start.character, diagnostic!.range.end.character)).toBe(BROKEN_PLACEHOLDER);
      expect(diagnostic!.source).toBe('smslint');
      expect(diagnostic!.severity).toBe(DiagnosticSeverity.Error);
      expect(diagnostic!.codeDescription?.href).toMatch(/docs\/rules\/placeholder-syntax\.md$/);
    });
  }

  it('re-lints after an incremental edit and publishes for the new version', async () => {
    const uri = ws.uri('edit.sms.md');
    await client.open(uri, CATALOG);
    await client.diagnosticsAt(uri, 1);
    const start = positionAt(CATALOG, CATALOG.indexOf(BROKEN_PLACEHOLDER));
    const end = positionAt(CATALOG, CATALOG.indexOf(BROKEN_PLACEHOLDER) + BROKEN_PLACEHOLDER.length);
    const version = await client.change(uri, [{ range: { start, end }, text: '{{orderId}}' }]);
    const published = await client.diagnosticsAt(uri, version);
    expect(published.diagnostics.filter((d) => d.code === 'placeholder-syntax')).toEqual([]);
  });

  it('drops results of a burst of edits that were overtaken (debounced, only current versions published)', async () => {
    const slow = await LspTestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 150 } });
    try {
      const uri = ws.uri('burst.sms.md');
      await slow.open(uri, CATALOG);
      await slow.diagnosticsAt(uri, 1);
      const from = slow.diagnostics.length;
      // Type "x" twenty times at the start of the first body, in one burst.
      const at = positionAt(CATALOG, CATALOG.indexOf('Hi {{name}} 😀'));
      const texts = new Map<number, string>();
      let last = 1;
      for (let i = 0; i < 20; i++) {
        last = await slow.change(uri, [{ range: { start: at, end: at }, text: 'x' }]);
        texts.set(last, slow.text(uri));
      }
      await slow.waitForDiagnostics((p) => p.uri === uri && p.version === last, 20_000, from);
      const burst = slow.diagnostics.slice(from).filter((p) => p.uri === uri);
      expect(burst.length).toBeLessThan(20);
      // Every publish matches the text of the version it names, and versions never go back.
      let previous = 0;
      for (const params of burst) {
        expect(params.version).toBeGreaterThan(previous);
        previous = params.version!;
        const text = texts.get(params.version!)!;
        const diagnostic = params.diagnostics.find((d) => d.code === 'placeholder-syntax')!;
        const line = text.split('\n')[diagnostic.range.start.line];
        expect(line.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe(BROKEN_PLACEHOLDER);
      }
      expect(burst.at(-1)!.version).toBe(last);
    } finally {
      await slow.stop();
    }
  });

  it('clears diagnostics when a document is closed', async () => {
    const uri = ws.uri('close.sms.md');
    await client.open(uri, CATALOG);
    await client.diagnosticsAt(uri, 1);
    const from = client.diagnostics.length;
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.waitForDiagnostics((p) => p.uri === uri, 10_000, from);
    expect(cleared.diagnostics).toEqual([]);
  });

  it('lints single-template *.sms files too', async () => {
    const uri = ws.uri('reply.sms');
    const text = 'Hi {{first name}}, thanks for waiting.\n';
    await client.open(uri, text, 'plaintext');
    const published = await client.diagnosticsAt(uri, 1);
    const diagnostic = published.diagnostics.find((d) => d.code === 'placeholder-syntax');
    expect(diagnostic?.range).toEqual({ start: { line: 0, character: 3 }, end: { line: 0, character: 17 } });
  });
});
