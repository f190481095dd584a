import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import type { TemplateInfo } from '../../packages/language-server/src/template-info-protocol.js';
import { catalog, PRICING_CONFIG, ROUTE_DELIVERY_CANCELED_EN_CURLY } from '../cost/cents-templates.js';
import { applyEdits, DEFAULT_CAPABILITIES, LspTestClient, positionAt } from './lsp-client.js';
import { workspace, type Workspace } from './fixtures.js';

/** A real template (bifenbecker/Cents) with curly quotes: 4 UCS-2 segments, 2 with the quotes replaced. */
const TEXT = catalog({ 'Route delivery canceled': { body: ROUTE_DELIVERY_CANCELED_EN_CURLY, volume: 20000 } });
const BODY_AT = TEXT.indexOf('Looks like');

describe('language server: cost, fit and what to cut (issue 16)', () => {
  let ws: Workspace;
  let client: LspTestClient;
  let uri: string;

  beforeAll(async () => {
    ws = workspace();
    writeFileSync(ws.file('smslint.config.json'), JSON.stringify(PRICING_CONFIG));
    client = await LspTestClient.start({ rootDir: ws.dir, capabilities: { ...DEFAULT_CAPABILITIES, window: { showDocument: { support: true } } } });
    uri = ws.uri('cents.sms.md');
    await client.open(uri, TEXT);
    await client.diagnosticsAt(uri, 1);
  });
  afterAll(async () => {
    await client.stop();
    ws.dispose();
  });

  it('templateInfo carries the cost per message and month, the fit and where the cut starts', async () => {
    const info = await client.request<TemplateInfo>('smslint/templateInfo', { uri, position: positionAt(TEXT, BODY_AT) });
    expect(info.cost).toMatchObject({
      provider: 'generic',
      perMessage: '0.0229–0.0305 USD',
      perMonth: '457.20–609.60 USD',
      fit: '21 characters over 3 segments: remove 21 (or replace \u201c \u201d to fit 2 segments)',
      overCharacters: 21,
    });
    // The worst case ends with {{{storeName}}} at 30 characters: the cut starts inside its value.
    expect(info.cost.cutPosition).toBeNull();
  });

  it('hover: one short cost line', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAt(TEXT, BODY_AT) });
    const lines = (hover.contents as MarkupContent).value.split('\n').filter((l) => l.includes('Cost:'));
    expect(lines).toEqual([
      '- Cost: 0.0229–0.0305 USD/message, 457.20–609.60 USD/month · Worst case: 21 characters over 3 segments: remove 21 (or replace \u201c \u201d to fit 2 segments)',
    ]);
  });

  it('"Show what to cut to save a segment" selects the characters past the boundary and names the cheapest substitutions', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: positionAt(TEXT, BODY_AT), end: positionAt(TEXT, BODY_AT) },
      context: { diagnostics: [] },
    });
    const show = actions.find((a) => a.title === 'Show what to cut to save a segment')!;
    expect(show.command?.command).toBe('smslint.showWhatToCut');
    const replace = actions.find((a) => a.title === 'Replace \u201c \u201d with GSM-7 characters (4 \u2192 2 segments)')!;
    expect(applyEdits(TEXT, replace.edit!.changes![uri])).toBe(TEXT.replace('\u201cSTOP.\u201d', '"STOP."'));

    await client.request('workspace/executeCommand', { command: show.command!.command, arguments: show.command!.arguments });
    await client.waitUntil(() => client.shownDocuments.length > 0 && client.shownMessages.length > 0, 'showDocument and showMessage');
    const [shown] = client.shownDocuments;
    expect(shown).toMatchObject({ uri, takeFocus: true });
    const { start, end } = shown.selection as { start: { line: number; character: number }; end: { line: number; character: number } };
    const selected = TEXT.slice(offsetOf(TEXT, start), offsetOf(TEXT, end));
    // The worst case's tail: the last placeholder (at its longest value) through the end of the body.
    expect(selected).toBe('{{{storeName}}}');
    expect(client.shownMessages[0].message).toBe(
      'route-delivery-canceled: worst case 21 characters over 3 segments: remove 21 (or replace \u201c \u201d to fit 2 segments) (selected). Cheaper: Replace \u201c \u201d with GSM-7 characters (4 \u2192 2 segments).',
    );
  });

  it('an inlay hint marks where the cut starts when it is literal text', async () => {
    const text = catalog({ Plain: { body: `Fresh Fold: ${'your laundry is ready. '.repeat(7)}Reply STOP to opt out.` } });
    const plainUri = ws.uri('plain.sms.md');
    await client.open(plainUri, text);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: plainUri },
      range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
    });
    const cut = hints.find((h) => String(h.label).startsWith('\u2702'))!;
    const body = `Fresh Fold: ${'your laundry is ready. '.repeat(7)}Reply STOP to opt out.`;
    // 12 + 161 + 22 = 195 septets: 35 characters past 160.
    expect(cut.label).toBe('\u2702' + '35');
    expect(cut.position).toEqual(positionAt(text, text.indexOf(body) + 160));
  });
});

function offsetOf(text: string, position: { line: number; character: number }): number {
  const lines = text.split('\n');
  return lines.slice(0, position.line).reduce((sum, l) => sum + l.length + 1, 0) + position.character;
}
