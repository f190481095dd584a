/**
 * `--fix` under SIGKILL. Stronger than test/cli/crash-safety: files of different sizes,
 * line endings, BOMs and modes in nested folders; the expected fixed text comes from a
 * clean run on a copy (not from the test's own idea of the fix); kill points are spread
 * uniformly over the whole measured run, start-up to last write, for many iterations.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, makeTree } from '../cli/cli-harness.js';

const FILES = 360;
const KILLS = 14;

/** A catalog of 1–12 templates with curly quotes and an ellipsis to fix, in one of several shapes. */
function catalog(i: number): string | Buffer {
  const templates = 1 + (i % 12);
  const body = (n: number) =>
    `## Reply ${n}\n\nNorthwind: We\u2019re on case ${i}-${n}\u2026 It\u2019s our priority. Call (888) 412-7730 or reply AGENT.\n`;
  let text = `---\nbrand: Northwind\nkind: support\n---\n\n# Catalog ${i}\n\n${Array.from({ length: templates }, (_, n) => body(n)).join('\n')}`;
  if (i % 3 === 1) text = text.replace(/\n/g, '\r\n');
  if (i % 5 === 2) return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
  return text;
}

const files: Record<string, string | Buffer> = {};
for (let i = 0; i < FILES; i++) files[`team-${i % 7}/area-${i % 3}/c${String(i).padStart(3, '0')}.sms.md`] = catalog(i);
const t = makeTree(files);
const fixedCopy = mkdtempSync(join(tmpdir(), 'smslint-fixed-'));
afterAll(() => {
  t.dispose();
  rmSync(fixedCopy, { recursive: true, force: true });
});

function templateFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out;
}

/** Run `smslint --fix` in `cwd`; SIGKILL it after `killAfterMs`. Resolves with the run's duration. */
function fixRun(cwd: string, killAfterMs = Infinity): Promise<{ ms: number; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [BIN, '--fix', '--format', 'json'], { cwd, stdio: 'ignore' });
    const timer = Number.isFinite(killAfterMs) ? setTimeout(() => child.kill('SIGKILL'), killAfterMs) : undefined;
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, killed: signal === 'SIGKILL' });
    });
  });
}

describe('--fix killed at random points', () => {
  it(`leaves each of ${FILES} files byte-identical to its original or its fully fixed version, over ${KILLS} kills`, async () => {
    const originals = new Map(templateFiles(t.dir).map((f) => [f, readFileSync(join(t.dir, f))]));
    const modes = new Map([...originals.keys()].map((f) => [f, statSync(join(t.dir, f)).mode]));
    expect(originals.size).toBe(FILES);

    // The fully fixed versions, from a clean uninterrupted run on a copy.
    cpSync(t.dir, fixedCopy, { recursive: true });
    const clean = await fixRun(fixedCopy);
    const fixed = new Map([...originals.keys()].map((f) => [f, readFileSync(join(fixedCopy, f))]));
    for (const [f, content] of fixed) expect(content.equals(originals.get(f) as Buffer), `${f} has something to fix`).toBe(false);

    // Deterministic pseudo-random kill points over [0, 1.1 × the run's expected length]. The
    // expected length starts at the clean run's and follows every run that finished
    // unkilled: later runs are faster (warm caches, fewer files left to fix), and a window
    // calibrated once would let most kills land after the run had already finished.
    let seed = 0x5eed;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    let expectedMs = clean.ms;
    let killedMidRun = 0;
    let fixedBefore = 0;
    for (let k = 0; k < KILLS; k++) {
      const run = await fixRun(t.dir, Math.floor(random() * expectedMs * 1.1));
      if (run.killed) killedMidRun++;
      else expectedMs = run.ms;
      let fixedNow = 0;
      for (const [f, original] of originals) {
        const content = readFileSync(join(t.dir, f));
        const isOriginal = content.equals(original);
        const isFixed = content.equals(fixed.get(f) as Buffer);
        expect(isOriginal || isFixed, `${f} after kill ${k} is neither original nor fixed`).toBe(true);
        expect(statSync(join(t.dir, f)).mode, `${f} keeps its mode`).toBe(modes.get(f));
        if (isFixed) fixedNow++;
      }
      // A fixed file never goes back to its original.
      expect(fixedNow).toBeGreaterThanOrEqual(fixedBefore);
      fixedBefore = fixedNow;
    }
    // Most kills landed while the run was still working (else the test proves little).
    expect(killedMidRun).toBeGreaterThanOrEqual(KILLS / 2);

    // A final full run fixes everything and removes the temp files the killed runs left.
    await fixRun(t.dir);
    for (const [f, content] of fixed) expect(readFileSync(join(t.dir, f)).equals(content), f).toBe(true);
    const leftovers = templateFiles(t.dir).filter((f) => !originals.has(f));
    expect(leftovers, leftovers.join(', ')).toEqual([]);
  }, 300_000);
});
