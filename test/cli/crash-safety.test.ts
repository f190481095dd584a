import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, makeTree } from './cli-harness.js';

const FILES = 300;

/** Catalog i: several fixable curly quotes spread over three templates. */
function catalog(i: number, fixed: boolean): string {
  const q = fixed ? "'" : '\u2019';
  const body = (n: number) =>
    `## Reply ${n}\n\nNorthwind: We${q}re on case ${i}-${n}. It${q}s our priority. Call (888) 412-7730 or reply AGENT.\n`;
  return `---\nbrand: Northwind\nkind: support\n---\n\n# Catalog ${i}\n\n${[1, 2, 3].map(body).join('\n')}`;
}

const name = (i: number) => `c${String(i).padStart(3, '0')}.sms.md`;
const files: Record<string, string> = {};
for (let i = 0; i < FILES; i++) files[`batch/${name(i)}`] = catalog(i, false);
const t = makeTree(files);
afterAll(() => t.dispose());

function checkEveryFile(): { fixed: number } {
  let fixed = 0;
  for (let i = 0; i < FILES; i++) {
    const content = readFileSync(join(t.dir, 'batch', name(i)), 'utf8');
    const isOld = content === catalog(i, false);
    const isNew = content === catalog(i, true);
    expect(isOld || isNew, `${name(i)} is neither the original nor the fixed file:\n${content}`).toBe(true);
    if (isNew) fixed++;
  }
  return { fixed };
}

/** Start `smslint --fix`, SIGKILL it after `delayMs` (if still running), resolve when it is gone. */
function fixAndKill(delayMs: number): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--fix', '--format', 'json'], { cwd: t.dir, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve(signal);
    });
  });
}

describe('--fix crash safety', () => {
  it('leaves every file either original or fully fixed when killed at random points', async () => {
    // Deterministic "random" delays (a fixed LCG seed) spread over a run's start-up and writes.
    let seed = 20_261_127;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 6; round++) {
      await fixAndKill(150 + Math.floor(random() * 1200));
      checkEveryFile();
    }
    // Finally let it finish: everything is fixed, and no temp file is left by a finished run.
    await fixAndKill(120_000);
    expect(checkEveryFile().fixed).toBe(FILES);
    const leftovers = readdirSync(join(t.dir, 'batch')).filter((f) => !/^c\d{3}\.sms\.md$/.test(f));
    // Only runs that were killed mid-write may leave a hidden temp file; none is ever a template.
    expect(leftovers.every((f) => f.startsWith('.') && f.endsWith('.smslint-tmp'))).toBe(true);
  });
});
