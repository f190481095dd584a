/**
 * A burst of keystrokes with `debounceMs: 0` must never queue lint passes: only the newest
 * version the client has sent is analysed, so a writer typing fast in a large catalog sees
 * the diagnostics of their last keystroke one pass after it, not hundreds of passes later.
 * (Before: vscode-jsonrpc dispatches queued messages one per event-loop turn, and the 0 ms
 * lint timer fired between two of them, so nearly every keystroke started a full pass.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: plain ES module of the benchmarks
import { generateLintCatalog } from '../../bench/lint/catalog.js';
import { LspTestClient } from './lsp-client.js';

const dir = mkdtempSync(join(tmpdir(), 'smslint-burst-'));
const uri = `file://${dir}/catalog.sms.md`;
let client: LspTestClient;

beforeAll(async () => {
  client = await LspTestClient.start({ rootDir: dir, initializationOptions: { debounceMs: 0 } });
});

afterAll(async () => {
  await client?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a burst of keystrokes', () => {
  it('analyses only the newest version, never one pass per keystroke', async () => {
    const text: string = generateLintCatalog(2_000);
    await client.open(uri, text);
    await client.diagnosticsAt(uri, 1);
    const before = client.diagnostics.length;
    const KEYSTROKES = 300;
    // Typed at the end of the first template's heading line, without waiting for anything.
    const line = text.split('\n').findIndex((l) => l.startsWith('## '));
    const sends: Promise<number>[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      sends.push(client.change(uri, [{ range: { start: { line, character: 3 }, end: { line, character: 3 } }, text: 'x' }]));
    }
    const last = (await Promise.all(sends)).at(-1)!;
    const final = await client.diagnosticsAt(uri, last);
    expect(final.version).toBe(last);
    const passes = client.diagnostics.slice(before).filter((p) => p.uri === uri);
    // Each publish is one pass. Before, the burst started one pass per chunk of input the
    // server read (31–35 here); now a pass waits until the queue is drained (1–2 here; a
    // client that trickles its writes may earn a few more).
    expect(passes.length).toBeLessThanOrEqual(8);
    // Versions only go up: an overtaken version is never published after a newer one.
    const versions = passes.map((p) => p.version!);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });
});
