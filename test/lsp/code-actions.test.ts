import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyEdits, LspTestClient, positionAt } from './lsp-client.js';
import { BROKEN_PLACEHOLDER, CATALOG, crlf, workspace, type Workspace } from './fixtures.js';

function editedText(client: LspTestClient, uri: string, edit: WorkspaceEdit | undefined): string {
  expect(edit?.changes?.[uri]).toBeDefined();
  return applyEdits(client.text(uri), edit!.changes![uri]);
}

describe('language server: code actions', () => {
  let ws: Workspace;
  let client: LspTestClient;
  let n = 0;

  beforeAll(async () => {
    ws = workspace();
    client = await LspTestClient.start({ rootDir: ws.dir });
  });
  afterAll(async () => {
    await client.stop();
    ws.dispose();
  });

  async function openWithFinding(text: string, name = `doc${++n}.sms.md`) {
    const uri = ws.uri(name);
    await client.open(uri, text);
    const published = await client.diagnosticsAt(uri, 1);
    const diagnostic = published.diagnostics.find((d) => d.code === 'placeholder-syntax') as Diagnostic;
    expect(diagnostic).toBeDefined();
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    return { uri, diagnostic, actions };
  }

  /** Re-opens `text` as a new document and returns its placeholder-syntax diagnostics. */
  async function relint(text: string): Promise<Diagnostic[]> {
    const uri = ws.uri(`relint${++n}.sms.md`);
    await client.open(uri, text);
    return (await client.diagnosticsAt(uri, 1)).diagnostics.filter((d) => d.code === 'placeholder-syntax');
  }

  it('offers the rule fix as the preferred quick fix and applies it exactly (emoji, CRLF)', async () => {
    const text = crlf(CATALOG);
    const { uri, actions } = await openWithFinding(text);
    const fix = actions.find((a) => a.isPreferred);
    expect(fix?.kind).toBe('quickfix');
    expect(fix?.diagnostics?.[0]?.code).toBe('placeholder-syntax');
    expect(editedText(client, uri, fix!.edit)).toBe(text.replace(BROKEN_PLACEHOLDER, '{{orderId}}'));
  });

  it('offers every suggestion when no safe fix exists', async () => {
    const text = CATALOG.replace(BROKEN_PLACEHOLDER, '{{tracking code}}');
    const { uri, actions } = await openWithFinding(text);
    const titles = actions.map((a) => a.title);
    expect(titles).toContain('Rename to {{tracking_code}}');
    expect(titles).toContain('Rename to {{trackingCode}}');
    expect(actions.some((a) => a.isPreferred)).toBe(false);
    const camel = actions.find((a) => a.title === 'Rename to {{trackingCode}}')!;
    expect(editedText(client, uri, camel.edit)).toBe(text.replace('{{tracking code}}', '{{trackingCode}}'));
  });

  it('fixes all problems as one minimal source.fixAll.smslint edit', async () => {
    const text = CATALOG.replace('Hi {{name}}, your', 'Hi {{na me}}, your');
    const uri = ws.uri('fixall.sms.md');
    await client.open(uri, text);
    await client.diagnosticsAt(uri, 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'source.fixAll.smslint', title: 'Fix all smslint problems' });
    const edits = actions[0].edit!.changes![uri];
    expect(edits).toHaveLength(1);
    const expected = text.replace(BROKEN_PLACEHOLDER, '{{orderId}}').replace('{{na me}}', '{{name}}');
    expect(applyEdits(text, edits)).toBe(expected);
    // Minimal: the edit starts at the first change, not at the top of the file.
    expect(edits[0].range.start).toEqual(positionAt(text, text.indexOf(BROKEN_PLACEHOLDER) + '{{order'.length));
  });

  for (const scope of ['line', 'template', 'file'] as const) {
    it(`disables the rule for this ${scope} with a directive the linter honours`, async () => {
      const { uri, actions } = await openWithFinding(CATALOG);
      const disable = actions.find((a) => a.title === `Disable placeholder-syntax for this ${scope}`);
      expect(disable).toBeDefined();
      const after = editedText(client, uri, disable!.edit);
      const directive = {
        line: '<!-- smslint-disable-next-line placeholder-syntax -->\n',
        template: '{{!-- smslint-disable placeholder-syntax --}}',
        file: '<!-- smslint-disable placeholder-syntax -->\n',
      }[scope];
      expect(after).toContain(directive);
      expect(after.replace(directive, '')).toBe(CATALOG);
      expect(await relint(after)).toEqual([]);
    });
  }

  it('disables in a single-template file with a Handlebars comment', async () => {
    const text = 'Hi {{first name}}, thanks for waiting.\n';
    const { uri, actions } = await openWithFinding(text, 'single.sms');
    expect(actions.some((a) => a.title.endsWith('for this line'))).toBe(false);
    const disable = actions.find((a) => a.title === 'Disable placeholder-syntax for this file')!;
    expect(editedText(client, uri, disable.edit)).toBe(`{{!-- smslint-disable placeholder-syntax --}}${text}`);
  });

  it('opens the rule documentation through a command', async () => {
    const { actions } = await openWithFinding(CATALOG);
    const docs = actions.find((a) => a.title === 'Open documentation for placeholder-syntax')!;
    expect(docs.command?.command).toBe('smslint.openRuleDocs');
    expect(String(docs.command?.arguments?.[0])).toMatch(/docs\/rules\/placeholder-syntax\.md$/);
    await expect(client.request('workspace/executeCommand', docs.command)).resolves.toBeNull();
  });
});
