import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import type { TemplateInfo } from '@smslint/language-server';
import { LspTestClient, positionAt } from './lsp-client.js';
import { workspace, type Workspace } from './fixtures.js';

/** Placeholder facts over the protocol: the editor sees the types, links and samples the rules see. */
const TEXT = ['## Case closed', '', 'Hi {{firstName}}, your case is closed. More info at {{url}}', ''].join('\n');

describe('language server: typed and inferred placeholders', () => {
  let ws: Workspace;
  let client: LspTestClient;
  let uri: string;

  beforeAll(async () => {
    ws = workspace();
    client = await LspTestClient.start({ rootDir: ws.dir });
    uri = ws.uri('closed.sms.md');
    await client.open(uri, TEXT);
  });
  afterAll(async () => {
    await client.stop();
    ws.dispose();
  });

  it('diagnostics: the link behind {{url}} is a way to reach someone; {{firstName}} gets one finding', async () => {
    const published = await client.waitForDiagnostics((p) => p.uri === uri);
    const codes = published.diagnostics.map((d) => d.code);
    expect(codes).not.toContain('multichannel-redirect');
    const atName = published.diagnostics.filter((d) => d.range.start.character === TEXT.split('\n')[2].indexOf('{{firstName}}'));
    expect(atName.map((d) => d.code)).toEqual(['undeclared-variable']);
  });

  it('templateInfo lists each placeholder with its type and source, and previews type samples', async () => {
    const info = await client.request<TemplateInfo>('smslint/templateInfo', { uri, position: positionAt(TEXT, TEXT.indexOf('closed.')) });
    expect(info.placeholders.map(({ name, type, source, gsmSafe, contact }) => ({ name, type, source, gsmSafe, contact }))).toEqual([
      { name: 'firstName', type: 'name', source: 'name', gsmSafe: false, contact: null },
      { name: 'url', type: 'url', source: 'name', gsmSafe: true, contact: 'link' },
    ]);
    expect(info.previewText).toBe('Hi Alex, your case is closed. More info at https://example.com/t/AB12');
  });

  it('hover names the placeholder types', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAt(TEXT, 3) });
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('- Placeholders: `{{firstName}}` name (from its name), may force UCS-2; `{{url}}` url (from its name)');
  });

  it('offers a quick fix that declares the placeholder with its inferred type', async () => {
    const published = await client.waitForDiagnostics((p) => p.uri === uri);
    const diagnostic = published.diagnostics.find((d) => d.code === 'undeclared-variable')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const declare = actions.find((a) => a.title === 'Declare {{firstName}} as a name with GSM-7 values only');
    expect(declare?.kind).toBe('quickfix');
    const edits = Object.values(declare!.edit!.changes!)[0];
    expect(edits.map((e) => e.newText)).toEqual(['<!-- smslint: variables.firstName.type=name variables.firstName.charset=gsm -->\n']);
    expect(edits[0].range.start).toEqual({ line: 1, character: 0 });
  });
});
