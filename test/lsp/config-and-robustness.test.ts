import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentDiagnosticReport, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { DEFAULT_CAPABILITIES, LspTestClient, positionAt } from './lsp-client.js';
import { CATALOG, workspace, type Workspace } from './fixtures.js';

describe('language server: config reload', () => {
  let ws: Workspace;
  let client: LspTestClient;

  beforeAll(async () => {
    ws = workspace();
    client = await LspTestClient.start({ rootDir: ws.dir });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    ws.dispose();
  });

  it('watches config files dynamically', async () => {
    await client.waitUntil(() => client.registrations.includes('workspace/didChangeWatchedFiles'), 'the watcher registration');
    expect(client.registrations).toContain('workspace/didChangeWatchedFiles');
  });

  it('reports an invalid config on the config file, keeps linting with defaults, and reloads a fixed one', async () => {
    const uri = ws.uri('catalog.sms.md');
    await client.open(uri, CATALOG);
    const first = await client.diagnosticsAt(uri, 1);
    expect(first.diagnostics.some((d) => d.code === 'placeholder-syntax')).toBe(true);

    const configFile = ws.file('smslint.config.json');
    const configUri = pathToFileURL(configFile).href;
    const invalid = '{\n  "rules": {\n    "placeholder-syntax": "loud"\n  }\n}\n';
    writeFileSync(configFile, invalid);
    let from = client.diagnostics.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    const configProblems = await client.waitForDiagnostics((p) => p.uri === configUri && p.diagnostics.length > 0, 20_000, from);
    const problem = configProblems.diagnostics[0];
    expect(problem.source).toBe('smslint');
    // Located on the bad value, line 3 of the config.
    expect(problem.range.start.line).toBe(2);
    const relinted = await client.waitForDiagnostics((p) => p.uri === uri, 20_000, from);
    expect(relinted.diagnostics.some((d) => d.code === 'placeholder-syntax')).toBe(true);

    writeFileSync(configFile, '{\n  "rules": {\n    "placeholder-syntax": "off"\n  }\n}\n');
    from = client.diagnostics.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const cleared = await client.waitForDiagnostics((p) => p.uri === configUri, 20_000, from);
    expect(cleared.diagnostics).toEqual([]);
    const quiet = await client.waitForDiagnostics((p) => p.uri === uri, 20_000, from);
    expect(quiet.diagnostics.some((d) => d.code === 'placeholder-syntax')).toBe(false);
  });
});

describe('language server: client settings and pull diagnostics', () => {
  let ws: Workspace;

  beforeAll(() => {
    ws = workspace();
  });
  afterAll(() => ws.dispose());

  it('applies smslint.rules overrides from workspace/configuration', async () => {
    const client = await LspTestClient.start({ rootDir: ws.dir, settings: { rules: { 'placeholder-syntax': 'warn' } } });
    try {
      const uri = ws.uri('settings.sms.md');
      await client.open(uri, CATALOG);
      const warned = await client.waitForDiagnostics((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'placeholder-syntax' && d.severity === 2));
      expect(warned.version).toBe(1);
    } finally {
      await client.stop();
    }
  });

  it('accepts every severity spelling in smslint.rules (warning, 0, 1, 2), as the CLI and config do', async () => {
    const client = await LspTestClient.start({ rootDir: ws.dir, settings: { rules: { 'placeholder-syntax': 1, 'text-speak': 'warning', 'ucs2-character': 0 } } });
    try {
      const uri = ws.uri('spellings.sms.md');
      await client.open(uri, CATALOG);
      // The first publication may come before the settings do: wait for the one that applies them.
      const published = await client.waitForDiagnostics((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'placeholder-syntax' && d.severity === 2));
      expect(published.diagnostics.filter((d) => d.code === 'placeholder-syntax').map((d) => d.severity)).toEqual([2]);
      expect(published.diagnostics.map((d) => d.code)).not.toContain('ucs2-character');
    } finally {
      await client.stop();
    }
  });

  it('answers textDocument/diagnostic and does not push when the client pulls', async () => {
    const client = await LspTestClient.start({
      rootDir: ws.dir,
      capabilities: { ...DEFAULT_CAPABILITIES, textDocument: { ...DEFAULT_CAPABILITIES.textDocument, diagnostic: {} } },
    });
    try {
      expect(client.initializeResult.capabilities.diagnosticProvider).toMatchObject({ interFileDependencies: false });
      const uri = ws.uri('pull.sms.md');
      await client.open(uri, CATALOG);
      const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
      expect(report.kind).toBe('full');
      const items = report.kind === 'full' ? report.items : [];
      expect(items.some((d) => d.code === 'placeholder-syntax')).toBe(true);
      const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', {
        textDocument: { uri },
        previousResultId: report.resultId,
      });
      expect(again.kind).toBe('unchanged');
      expect(client.diagnostics.filter((p) => p.uri === uri)).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: never crashes or hangs', () => {
  let ws: Workspace;
  let client: LspTestClient;

  beforeAll(async () => {
    ws = workspace();
    client = await LspTestClient.start({ rootDir: ws.dir });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    ws.dispose();
  });

  it('reports broken templates as located problems and keeps answering', async () => {
    const uri = ws.uri('broken.sms.md');
    const text = '---\nkind: [unclosed\n---\n\n## Broken\n\n{{#if x}}Hi {{name\n\n## Fine\n\nOk.\n';
    await client.open(uri, text);
    const published = await client.diagnosticsAt(uri, 1);
    expect(published.diagnostics.length).toBeGreaterThan(0);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, text.indexOf('Ok.')) });
    expect((hover?.contents as MarkupContent).value).toContain('1 segment');
  });

  it('limits analysis of a 5 MB document, says so, and still answers hover', async () => {
    const uri = ws.uri('huge.sms.md');
    const template = (i: number) => `## Reply ${i}\n\nHi, your order ${i} has shipped. Reply STOP to opt out.\n\n`;
    let text = '';
    for (let i = 0; text.length < 5_000_000; i++) text += template(i);
    await client.open(uri, text);
    const published = await client.diagnosticsAt(uri, 1);
    const limited = published.diagnostics.find((d) => d.code === 'analysis-limited');
    expect(limited?.message).toMatch(/analysed only the first/);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 3 } });
    expect((hover?.contents as MarkupContent).value).toContain('reply-0');
  });

  it('ignores requests for unknown documents and garbage parameters', async () => {
    await expect(client.request('textDocument/hover', { textDocument: { uri: 'file:///nope.sms.md' }, position: { line: 0, character: 0 } })).resolves.toBeNull();
    await expect(client.request('smslint/templateInfo', {})).resolves.toBeNull();
    await expect(client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nope.sms.md' } })).resolves.toEqual([]);
  });
});
