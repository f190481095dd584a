/**
 * The language server on locale files (config `sources`), over the LSP protocol: the real
 * Rails and i18next trees of test/fixtures/sources get diagnostics at the exact characters
 * of their selected strings; JSON/YAML files the config does not select get nothing; quick
 * fixes are re-escaped for the file; symbols list the selected keys.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol';
import { applyEdits, LspTestClient, offsetAt } from './lsp-client.js';
import { workspace, type Workspace } from './fixtures.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/sources/', import.meta.url));

describe('language server: locale files as template sources', () => {
  let ws: Workspace;
  let client: LspTestClient;

  beforeAll(async () => {
    ws = workspace();
    cpSync(`${FIXTURES}rails-decidim-half-signup/config`, ws.file('config'), { recursive: true });
    cpSync(`${FIXTURES}i18next-signupflow/locales`, ws.file('locales'), { recursive: true });
    writeFileSync(
      ws.file('smslint.config.json'),
      JSON.stringify({
        root: true,
        sources: [
          { preset: 'rails', keys: ['*.decidim.half_signup.quick_auth.sms_verification.text_message'] },
          { preset: 'i18next', keys: ['replies.*', 'verification.code_sent'] },
        ],
      }),
    );
    writeFileSync(ws.file('config/database.yml'), 'default:\n  note: thx 4 nothing\n');
    writeFileSync(ws.file('package.json'), '{ "description": "ur pkg \\u2019" }\n');
    client = await LspTestClient.start({ rootDir: ws.dir, initializationOptions: { debounceMs: 0 } });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    ws.dispose();
  });

  const slice = (text: string, d: Diagnostic) => text.slice(offsetAt(text, d.range.start), offsetAt(text, d.range.end));

  it('lints a Rails locale file in the rails dialect, at the characters of the selected string', async () => {
    const uri = ws.uri('config/locales/fr.yml');
    const text = readFileSync(ws.file('config/locales/fr.yml'), 'utf8');
    await client.open(uri, text, 'yaml');
    const { diagnostics } = await client.diagnosticsAt(uri, 1);
    // %{verification} after "code" is inferred as digits, GSM-safe: no placeholder finding (issue 12),
    // and no leftover-bracket either (a rails placeholder). "Utilisez le code %{verification} pour
    // vous connecter" is a one-time code: no multichannel-redirect (it needs no way back).
    expect(diagnostics.map((d) => d.code)).toEqual([]);
    const stringStart = text.indexOf('Utilisez le code');
    const position = { line: text.slice(0, stringStart).split('\n').length - 1, character: stringStart - text.lastIndexOf('\n', stringStart - 1) - 1 };
    expect(position.line).toBe(131);

    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    expect(symbols.map((s) => s.name)).toEqual(['fr.decidim.half_signup.quick_auth.sms_verification.text_message']);
    // A locale file's hover only compares the string with its other locales (en.yml here, issue 14),
    // counting the code as the digits the rules infer (issue 12).
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position });
    expect(hover.contents.value).toBe('**fr.decidim.half_signup.quick_auth.sms_verification.text_message**\n- Other locales (this one: **fr**): en: 1 segment GSM-7');
  });

  it('leaves JSON and YAML files the config does not select alone', async () => {
    const other = ws.uri('config/database.yml');
    const pkg = ws.uri('package.json');
    await client.open(other, readFileSync(ws.file('config/database.yml'), 'utf8'), 'yaml');
    await client.open(pkg, readFileSync(ws.file('package.json'), 'utf8'), 'json');
    // A selected file opened after them is linted; by then the others would have been.
    const uri = ws.uri('locales/en/sms.json');
    await client.open(uri, readFileSync(ws.file('locales/en/sms.json'), 'utf8'), 'json');
    await client.diagnosticsAt(uri, 1);
    expect(client.diagnostics.filter((p) => p.uri === other || p.uri === pkg)).toEqual([]);
    expect(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: pkg } })).toEqual([]);
  });

  it('lints an i18next file and offers quick fixes written with JSON escaping', async () => {
    const uri = ws.uri('locales/es/sms.json');
    // Curly quotes added around a word: their fix is a straight quote, escaped for JSON.
    const text = readFileSync(ws.file('locales/es/sms.json'), 'utf8').replace('Asignación confirmada', 'Asignación “confirmada”');
    await client.open(uri, text, 'json');
    const { diagnostics } = await client.diagnosticsAt(uri, 1);
    const findings = diagnostics.filter((d) => d.code === 'ucs2-character');
    // Spanish letters are kept (one finding on the first, issue 14); the quotes get fixes.
    expect(findings.map((d) => slice(text, d))).toEqual(expect.arrayContaining(['ó', '“', '”']));
    const quote = findings.find((d) => slice(text, d) === '“')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: quote.range, context: { diagnostics: [quote] } });
    const fix = actions.find((a) => a.isPreferred)!;
    expect(fix.edit!.changes![uri].map((e) => e.newText)).toEqual(['\\"']);
    const fixed = JSON.parse(applyEdits(text, fix.edit!.changes![uri])) as { replies: { confirmed: string } };
    expect(fixed.replies.confirmed).toBe('Asignación "confirmada”');
    // No "disable for this line" comment: a locale file has no place for one.
    expect(actions.map((a) => a.title).filter((t) => t.startsWith('Disable'))).toEqual([]);
  });

  it('maps JSON escapes: a finding on \\u2019 covers the six characters of the escape', async () => {
    const uri = ws.uri('locales/fr/sms.json');
    const text = '{ "replies": { "confirmed": "Affectation confirmaci\\u00f3n \\u2019OK\\u2019" } }\n';
    await client.open(uri, text, 'json');
    const { diagnostics } = await client.diagnosticsAt(uri, 1);
    const quotes = diagnostics.filter((d) => d.code === 'ucs2-character').map((d) => slice(text, d));
    expect(quotes).toEqual(expect.arrayContaining(['\\u00f3', '\\u2019']));
  });
});
