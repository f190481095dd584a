/**
 * The language server tunes V8's heap from its own entry (heap-tuning.ts), so the setting
 * holds however an editor starts it. Checked on the built bin: a preload records every
 * `v8.setFlagsFromString` call the server makes. Whether the setting lowers memory is the
 * bench's question (bench/lsp/memory.js), not a unit test's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { HEAP_FLAGS, tuneHeap } from '../../packages/language-server/src/heap-tuning.js';
import { SERVER_BIN } from './lsp-client.js';

const dir = mkdtempSync(path.join(tmpdir(), 'smslint-heap-tuning-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Starts the built server over stdio (with `nodeArgs` for Node) with `v8.setFlagsFromString`
 * recorded on stderr; resolves with the flags once it serves.
 */
function flagsSetByServer(nodeArgs: string[] = []): Promise<string[]> {
  const preload = path.join(dir, 'record-v8-flags.mjs');
  writeFileSync(
    preload,
    [
      "import { createRequire, syncBuiltinESMExports } from 'node:module';",
      "const v8 = createRequire(import.meta.url)('node:v8');",
      'const original = v8.setFlagsFromString;',
      'v8.setFlagsFromString = (flags) => { process.stderr.write(`v8 flags: ${flags}\\n`); return original(flags); };',
      'syncBuiltinESMExports();',
    ].join('\n'),
  );
  const child = spawn(process.execPath, [...nodeArgs, '--import', pathToFileURL(preload).href, SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let stderr = '';
    const finish = () => {
      child.kill();
      resolve([...stderr.matchAll(/^v8 flags: (.*)$/gm)].map((m) => m[1]));
    };
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    // The server answers `initialize` only after its entry ran: every flag is set by then.
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('"id":1')) finish();
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before answering initialize: ${stderr}`)));
  });
}

describe('language server heap tuning', () => {
  it('passes each of its flags to V8', () => {
    const set: string[] = [];
    tuneHeap((flags) => set.push(flags), ['--inspect']);
    expect(set).toEqual([...HEAP_FLAGS]);
  });

  it('leaves a flag the process was started with to the launcher', () => {
    const set: string[] = [];
    const [first] = HEAP_FLAGS;
    const name = first.split('=')[0];
    tuneHeap((flags) => set.push(flags), [`${name}=70`]);
    expect(set).not.toContain(first);
    tuneHeap((flags) => set.push(flags), [`${name.replaceAll('-', '_')}=70`]);
    expect(set).not.toContain(first);
  });

  it('names flags this Node.js knows (V8 ignores an unknown one silently)', () => {
    const known = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
    for (const flag of HEAP_FLAGS) expect(known).toContain(`  ${flag.split('=')[0]} (`);
  });

  it('is applied by the built server before it answers initialize', async () => {
    expect(await flagsSetByServer()).toEqual([...HEAP_FLAGS]);
  }, 20_000);

  it('is not applied by the built server over the same flag on its command line', async () => {
    const [first] = HEAP_FLAGS;
    expect(await flagsSetByServer([`${first.split('=')[0]}=70`])).not.toContain(first);
  }, 20_000);
});
