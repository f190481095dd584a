import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, DocumentSymbol, FoldingRange, Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import type { TemplateInfo } from '@smslint/language-server';
import { LspTestClient, positionAt } from './lsp-client.js';
import { CATALOG, workspace, type Workspace } from './fixtures.js';

/** A 2-segment GSM-7 reply: 180 literal characters after the heading. */
const LONG_BODY = `Hi Sam, ${'thanks for your patience while we look into this. '.repeat(3)}Reply STOP to opt out.`;
const LONG = ['## Long reply', '', LONG_BODY, '', '## Curly', '', 'We’re on it.', ''].join('\n');

describe('language server: hover, hints, completion, outline, templateInfo', () => {
  let ws: Workspace;
  let client: LspTestClient;
  let uri: string;
  let catalogUri: string;

  beforeAll(async () => {
    ws = workspace();
    client = await LspTestClient.start({ rootDir: ws.dir });
    uri = ws.uri('long.sms.md');
    await client.open(uri, LONG);
    catalogUri = ws.uri('catalog.sms.md');
    await client.open(catalogUri, CATALOG);
  });
  afterAll(async () => {
    await client.stop();
    ws.dispose();
  });

  const at = (text: string, needle: string, delta = 0) => positionAt(text, text.indexOf(needle) + delta);

  it('templateInfo reports encoding, units, segments and where segment 2 starts', async () => {
    const info = await client.request<TemplateInfo | null>('smslint/templateInfo', { uri, position: at(LONG, 'thanks') });
    expect(info).not.toBeNull();
    const preview = LONG_BODY;
    expect(info!.templateId).toBe('long-reply');
    expect(info!.previewText).toBe(preview);
    expect(info!.encoding).toBe('GSM-7');
    expect(info!.units).toBe(preview.length);
    expect(info!.segments).toBe(2);
    expect(info!.perSegment).toBe(153);
    expect(info!.segmentStarts).toEqual([0, 153]);
    expect(info!.ucs2Characters).toEqual([]);
    expect(info!.segmentStartPositions).toEqual([{ segment: 2, position: positionAt(LONG, LONG.indexOf(LONG_BODY) + 153) }]);
    expect(info!.min).toBeLessThanOrEqual(info!.sample);
    expect(info!.max).toBeGreaterThanOrEqual(info!.sample);
  });

  it('templateInfo locates the characters that force UCS-2', async () => {
    const info = await client.request<TemplateInfo>('smslint/templateInfo', { uri, position: at(LONG, 'We’re') });
    expect(info.encoding).toBe('UCS-2');
    expect(info.ucs2Characters).toHaveLength(1);
    expect(info.ucs2Characters[0]).toMatchObject({ char: '’', codePoint: 0x2019, range: { start: at(LONG, '’'), end: at(LONG, '’', 1) } });
  });

  it('templateInfo renders variables with their declared samples', async () => {
    const info = await client.request<TemplateInfo>('smslint/templateInfo', { uri: catalogUri, position: at(CATALOG, 'refund is') });
    expect(info.templateId).toBe('refund');
    expect(info.previewText).toBe('Hi Sam, your Acme refund is on its way. Questions? Call 555-0100.');
    expect(info.encoding).toBe('GSM-7');
    expect(info.segments).toBe(1);
  });

  it('templateInfo answers anywhere in a single-template file, front matter included', async () => {
    const single = '---\nkind: support\n---\nThanks, we\u2019re on it. Reply CALL and an agent will phone you.\n';
    const singleUri = ws.uri('reply.sms');
    await client.open(singleUri, single);
    const info = await client.request<TemplateInfo | null>('smslint/templateInfo', { uri: singleUri, position: { line: 0, character: 0 } });
    expect(info?.templateId).toBe('reply');
    expect(info?.encoding).toBe('UCS-2');
  });

  it('templateInfo is null outside any template', async () => {
    const info = await client.request<TemplateInfo | null>('smslint/templateInfo', { uri: catalogUri, position: { line: 1, character: 0 } });
    expect(info).toBeNull();
  });

  it('hover is short: the summary and UCS-2 characters, the segment view left to the preview command', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(LONG, '## Long', 4) });
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('2 segments');
    expect(value).toContain('GSM-7');
    expect(value).toContain(`${LONG_BODY.length}/306`);
    expect(value).not.toContain('Hi Sam, thanks'); // no copy of the template
    expect(value).toContain('smslint: Preview Template');
    expect(value.split('\n').length).toBeLessThanOrEqual(8);
    // On a word in the body: which segment it is sent in, and no range over the whole template.
    const word = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(LONG, LONG_BODY.slice(160, 170)) });
    expect((word.contents as MarkupContent).value).toContain('This text is sent in segment 2 of 2');
    expect(word.range).toBeUndefined();
    const curly = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: at(LONG, 'on it') });
    expect((curly.contents as MarkupContent).value).toMatch(/Forces UCS-2: `’` U\+2019/);
    expect((curly.contents as MarkupContent).value.split('\n').length).toBeLessThanOrEqual(8);
  });

  it('inlay hints: a summary after each heading and a marker at each segment boundary', async () => {
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } },
    });
    const labels = hints.map((h) => h.label);
    expect(labels).toContain(`2 segments · GSM-7 · ${LONG_BODY.length}/306`);
    const summary = hints.find((h) => String(h.label).startsWith('2 segments'))!;
    expect(summary.position).toEqual({ line: 0, character: '## Long reply'.length });
    const marker = hints.find((h) => h.label === '⟨2⟩')!;
    expect(marker.position).toEqual(positionAt(LONG, LONG.indexOf(LONG_BODY) + 153));
    // No padding: inside a word the marker must not look like a space in the message.
    expect(marker.paddingLeft ?? false).toBe(false);
    expect(marker.paddingRight ?? false).toBe(false);
    expect(labels).toContain('1 segment · UCS-2 · 12/70');
  });

  it('completes declared variables inside {{ }} and offers opt-out, redirect and keyword items elsewhere', async () => {
    const text = client.text(catalogUri);
    const inside = positionAt(text, text.indexOf('{{name}}') + 2);
    const variables = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: catalogUri }, position: inside });
    expect(variables.map((i) => i.label).sort()).toEqual(['name', 'orderId']);
    expect(variables.find((i) => i.label === 'orderId')!.detail).toContain('charset: digits');
    const body = await client.request<CompletionItem[]>('textDocument/completion', {
      textDocument: { uri: catalogUri },
      position: at(text, 'Questions?'),
    });
    const labels = body.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['opt-out line', 'redirect line', 'STOP', 'HELP', 'CALL']));
    expect(body.find((i) => i.label === 'opt-out line')!.insertText).toMatch(/STOP/);
  });

  it('lists templates as document symbols with ranges, and folds each template', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: catalogUri } });
    expect(symbols.map((s) => s.name)).toEqual(['Order shipped', 'Refund']);
    expect(symbols[0].selectionRange.start).toEqual(at(CATALOG, '## Order'));
    expect(symbols[0].range.start.line).toBe(8);
    const folds = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: catalogUri } });
    expect(folds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ startLine: 0, endLine: 6 }),
        expect.objectContaining({ startLine: 8, endLine: 10 }),
        expect.objectContaining({ startLine: 12, endLine: 14 }),
      ]),
    );
  });
});
