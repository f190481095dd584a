/**
 * The language server reads each document in the placeholder dialect its config (glob
 * `overrides`) or front matter sets, and reparses when the config changes the dialect.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspTestClient } from './lsp-client.js';
import { workspace, type Workspace } from './fixtures.js';

const NOTIFY = 'Northwind: hello ((first name)), your reference is ((ref number)). Reply STOP to opt out.\n';

describe('language server: placeholder dialects', () => {
  let ws: Workspace;
  let client: LspTestClient;

  beforeAll(async () => {
    ws = workspace();
    mkdirSync(ws.file('notify'));
    writeFileSync(ws.file('smslint.config.json'), JSON.stringify({ root: true, overrides: [{ files: 'notify/**', placeholders: 'notify' }] }));
    client = await LspTestClient.start({ rootDir: ws.dir });
  });
  afterAll(async () => {
    expect(await client.stop()).toBe(0);
    ws.dispose();
  });

  const leftovers = (diagnostics: Array<{ code?: string | number }>) => diagnostics.filter((d) => d.code === 'leftover-bracket').length;

  it('reads a file the overrides select in their dialect, others as Handlebars', async () => {
    const inside = ws.uri(path.join('notify', 'reference.sms'));
    await client.open(inside, NOTIFY);
    expect(leftovers((await client.diagnosticsAt(inside, 1)).diagnostics)).toBe(0);

    const outside = ws.uri('reference.sms');
    await client.open(outside, NOTIFY);
    const handlebars = (await client.diagnosticsAt(outside, 1)).diagnostics;
    expect(leftovers(handlebars)).toBe(2);
    expect(handlebars.find((d) => d.code === 'leftover-bracket')!.message).toContain('set "placeholders" to "notify"');
  });

  it('lets front matter choose, and follows a config change', async () => {
    const uri = ws.uri('front-matter.sms');
    await client.open(uri, `---\nplaceholders: notify\n---\n${NOTIFY}`);
    expect(leftovers((await client.diagnosticsAt(uri, 1)).diagnostics)).toBe(0);

    const inside = ws.uri(path.join('notify', 'reference.sms'));
    const configFile = ws.file('smslint.config.json');
    writeFileSync(configFile, JSON.stringify({ root: true }));
    const from = client.diagnostics.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configFile).href, type: 2 }] });
    const relinted = await client.waitForDiagnostics((p) => p.uri === inside, 20_000, from);
    expect(leftovers(relinted.diagnostics)).toBe(2);
  });
});
