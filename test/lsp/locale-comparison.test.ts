/**
 * Hover and code lens compare a template with its other locales (issue 14), over the LSP
 * protocol: catalogs in locale folders (other locales read from disk, an open document as
 * edited) and a Rails locale file of a config `sources` entry.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeLens, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspTestClient, positionAt } from './lsp-client.js';
import { workspace, type Workspace } from './fixtures.js';

const EN = '---\nlocale: en\n---\n## Shipped\nYour order has shipped. Reply STOP to opt out.\n\n## Delay\nYour order is late, sorry.\n';
const ES = '## Shipped\nSu pedido está en camino, llegará mañana por la mañana a su domicilio. Si necesita cambiar la dirección de entrega, llámenos.\n\n## Delay\nSu pedido se retrasa.\n';
const FR = '## Shipped\nVotre commande est partie. Répondez STOP pour vous désabonner.\n';

describe('language server: locale comparison in hover and code lens', () => {
  let ws: Workspace;
  let client: LspTestClient;
  let enUri: string;

  beforeAll(async () => {
    ws = workspace();
    mkdirSync(ws.file('templates/es'), { recursive: true });
    mkdirSync(ws.file('templates/fr'), { recursive: true });
    writeFileSync(ws.file('templates/orders.sms.md'), EN);
    writeFileSync(ws.file('templates/es/orders.sms.md'), ES);
    writeFileSync(ws.file('templates/fr/orders.sms.md'), FR);
    cpSync(fileURLToPath(new URL('../fixtures/matrix/rails-decidim-half-signup', import.meta.url)), ws.file('rails'), { recursive: true });
    client = await LspTestClient.start({ rootDir: ws.dir });
    enUri = ws.uri('templates/orders.sms.md');
    await client.open(enUri, EN);
  });
  afterAll(async () => {
    await client.stop();
    ws.dispose();
  });

  it('hover on a catalog template lists the other locales with their cost and its flags', async () => {
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: enUri }, position: positionAt(EN, EN.indexOf('has shipped')) });
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('- Other locales (this one: **en**): es: 2 segments UCS-2 (+1) · fr: 1 segment GSM-7');
  });

  it('hover on a translation shows the flags against the source locale', async () => {
    const esUri = ws.uri('templates/es/orders.sms.md');
    await client.open(esUri, ES);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri: esUri }, position: positionAt(ES, ES.indexOf('pedido')) });
    const value = (hover.contents as MarkupContent).value;
    expect(value).toContain('- Other locales (this one: **es**): en: 1 segment GSM-7 (-1) · fr: 1 segment GSM-7 (-1)');
    expect(value).toContain('  - ⚠ UCS-2 where en is GSM-7: "á" (U+00E1)');
    expect(value).toContain('  - ⚠ no opt-out instruction; en has one');
  });

  it('code lenses say how other locales compare, a missing translation included; an open edit counts', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: enUri } });
    expect(lenses.map((l) => [l.range.start.line, l.command?.title])).toEqual([
      [3, 'en vs es: 2 segments UCS-2 (+1) · fr: 1 segment GSM-7'],
      [6, 'en vs es: 1 segment GSM-7 · fr: missing'],
    ]);
    // The French file open with an unsaved Delay translation: the lens follows the editor.
    const frUri = ws.uri('templates/fr/orders.sms.md');
    await client.open(frUri, `${FR}\n## Delay\nVotre commande est en retard.\n`);
    const after = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: enUri } });
    expect(after[1].command?.title).toBe('en vs es: 1 segment GSM-7 · fr: 1 segment GSM-7');
  });

  it('a template without other locales gets no comparison lens (inlay hints still carry the summary)', async () => {
    writeFileSync(ws.file('alone.sms.md'), EN);
    const uri = pathToFileURL(ws.file('alone.sms.md')).href;
    await client.open(uri, EN);
    expect(await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } })).toEqual([]);
  });

  it('a Rails locale file (config sources): hover and lens on the string compare fr and de', async () => {
    const file = ws.file('rails/config/locales/en.yml');
    const uri = pathToFileURL(file).href;
    const text = (await import('node:fs')).readFileSync(file, 'utf8');
    await client.open(uri, text, 'yaml');
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    // The code in "Use code %{verification}" is counted as digits, as the rules infer it (issue 12).
    expect(lenses.map((l) => l.command?.title)).toEqual(['en vs de: 1 segment GSM-7 · fr: 1 segment GSM-7']);
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionAt(text, text.indexOf('Use code')) });
    expect((hover.contents as MarkupContent).value).toBe(
      '**en.decidim.half_signup.quick_auth.sms_verification.text_message**\n- Other locales (this one: **en**): de: 1 segment GSM-7 · fr: 1 segment GSM-7',
    );
    expect(path.basename(file)).toBe('en.yml');
  });
});
