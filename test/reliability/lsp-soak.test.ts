/**
 * Language server soak: 10,000 random incremental edits over stdio (inserts, deletes,
 * pastes of emoji, CRLF, huge blocks and broken Handlebars), sent in batches without
 * waiting for diagnostics, with hovers and code actions fired concurrently. The server
 * must stay alive, answer every request without an internal error, keep its RSS bounded,
 * and end with exactly the diagnostics the CLI (`--format json`) reports for the same text.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { BIN, parseJson } from '../cli/cli-harness.js';
import { LspTestClient, offsetAt, positionAt } from '../lsp/lsp-client.js';
import { CATALOG, workspace } from '../lsp/fixtures.js';
import { mulberry32 as prng } from '../../bench/lib/seeded-random.js';

const run = promisify(execFile);
/** 10,000 on CI (process.env.CI), 2,000 locally; SMSLINT_SOAK_EDITS overrides. */
const EDITS = Number.parseInt(process.env.SMSLINT_SOAK_EDITS ?? '', 10) || (process.env.CI ? 10_000 : 2_000);
const BATCH = 100;
/** The document is kept under this size so the server analyses all of it (its limit is 1,000,000). */
const MAX_DOCUMENT = 40_000;
/** RSS ceiling for the server process over the whole soak. */
const MAX_RSS_BYTES = 768 * 1024 * 1024;

const HUGE_BLOCK = Array.from(
  { length: 150 },
  (_, i) => `## Pasted ${i}\n\nNorthwind: Hi {{name}}, order {{orderId}} \u{1F4E6} ships today\u2026 Reply STOP to opt out.\n`,
).join('\n');

const PASTES = [
  'a', ' ', '\n', '\r\n', '\r', '\u{1F600}', '\u{1F44D}\u{1F3FD}', '\u{1F1FA}\u{1F1F8}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  '\u2019', '\u00e9', 'e\u0301', '\u00a0', '{{', '}}', '{{name}}', '{{#if x}}', '{{/if}}', '{{order id}}', '## New template\n\n',
  '# Docs\n', '---\n', '<!-- smslint-disable text-speak -->\n', '{{!-- smslint-disable-line --}}', 'pls u thx', 'STOP', 'https://bit.ly/x',
  'Call (888) 412-7730.', HUGE_BLOCK, CATALOG,
];

/**
 * An offset never between CR and LF (LSP positions cannot address it) nor inside a
 * surrogate pair (editors never split one; a lone half could not be saved as UTF-8 for
 * the CLI comparison).
 */
function snap(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  const inCrLf = before === 0x0d && at === 0x0a;
  const inPair = before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
  return inCrLf || inPair ? offset + 1 : offset;
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)/.exec(status);
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

type Key = string;
const keyOf = (ruleId: unknown, start: number, end: number, message: string): Key => JSON.stringify([ruleId, start, end, message]);

describe('language server soak', () => {
  const ws = workspace();
  afterAll(() => ws.dispose());

  it(`survives ${EDITS} random edits with concurrent hovers and code actions, bounded memory, CLI-equal diagnostics`, async () => {
    // The server's default debounce, as in an editor: batched edits coalesce into fewer lint runs.
    const client = await LspTestClient.start({ rootDir: ws.dir, initializationOptions: {} });
    const pid = client.process.pid as number;
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(rssOf(pid)), 100);
    let exitedEarly: number | null | undefined;
    client.process.once('exit', (code) => (exitedEarly = code));

    const uri = ws.uri('soak.sms.md');
    await client.open(uri, CATALOG);
    const random = prng(0x50a4);
    const requests: Promise<unknown>[] = [];
    const internalErrors: string[] = [];
    const watch = (p: Promise<unknown>) =>
      requests.push(
        p.catch((error: { code?: number; message?: string }) => {
          // Cancelled / content-modified answers are fine; an internal error is a server bug.
          if (error?.code === -32603) internalErrors.push(String(error.message));
        }),
      );

    for (let done = 0; done < EDITS; ) {
      for (let b = 0; b < BATCH && done < EDITS; b++, done++) {
        const text = client.text(uri);
        const at = snap(text, Math.floor(random() * (text.length + 1)));
        const roll = random();
        let end = at;
        let insert = '';
        if (roll < 0.45 && text.length < MAX_DOCUMENT) insert = PASTES[Math.floor(random() * PASTES.length)];
        else if (roll < 0.8 || text.length >= MAX_DOCUMENT) end = snap(text, Math.min(text.length, at + Math.floor(random() ** 3 * 4000)));
        else {
          end = snap(text, Math.min(text.length, at + Math.floor(random() * 20)));
          insert = PASTES[Math.floor(random() * 12)];
        }
        await client.change(uri, [{ range: { start: positionAt(text, at), end: positionAt(text, end) }, text: insert }]);
        if (b % 25 === 0) {
          const now = client.text(uri);
          const position = positionAt(now, snap(now, Math.floor(random() * (now.length + 1))));
          watch(client.request('textDocument/hover', { textDocument: { uri }, position }));
          watch(
            client.request('textDocument/codeAction', {
              textDocument: { uri },
              range: { start: position, end: position },
              context: { diagnostics: [] },
            }),
          );
        }
      }
      // Let the batch's requests answer before the next batch (no diagnostics awaited).
      await Promise.all(requests.splice(0));
      expect(exitedEarly, `server exited after ${done} edits:\n${client.stderr}`).toBeUndefined();
    }

    const finalVersion = client.version(uri);
    const published = await client.diagnosticsAt(uri, finalVersion);
    clearInterval(sampler);
    expect(internalErrors).toEqual([]);
    expect(exitedEarly).toBeUndefined();

    // The CLI on the same text must report the same findings at the same offsets.
    const finalText = client.text(uri);
    writeFileSync(ws.file('soak.sms.md'), finalText);
    const cli = await run(process.execPath, [BIN, '--format', 'json', 'soak.sms.md'], { cwd: ws.dir, maxBuffer: 256 * 1024 * 1024 }).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    const report = parseJson(cli.stdout);
    const fromCli = report.results[0].messages.map((m) => keyOf(m.ruleId, m.offset, m.endOffset, m.message)).sort();
    const fromServer = published.diagnostics
      .map((d: Diagnostic) => keyOf(d.code, offsetAt(finalText, d.range.start), offsetAt(finalText, d.range.end), typeof d.message === 'string' ? d.message : d.message.value))
      .sort();
    expect(fromServer).toEqual(fromCli);

    const peak = Math.max(...rss);
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
    const quarters = [0, 1, 2, 3].map((q) => mb(Math.max(...rss.slice((q * rss.length) / 4, ((q + 1) * rss.length) / 4))));
    console.info(
      `[soak] ${EDITS} edits, final ${finalText.length} chars, ${published.diagnostics.length} diagnostics, ` +
        `peak RSS ${mb(peak)} (per quarter ${quarters.join(' / ')}) over ${rss.length} samples`,
    );
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(MAX_RSS_BYTES);
    expect(await client.stop()).toBe(0);
  }, 400_000);
});
