import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

/** The real built binary: end-to-end tests run exactly what users run (`npm test` builds first). */
export const BIN = fileURLToPath(new URL('../../packages/cli/bin/smslint.js', import.meta.url));

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /**
   * Run without the power to bypass file permissions. Root reads a mode-000 file anyway, so
   * as root the CLI runs under `setpriv` with CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH dropped
   * (still uid 0, so it can reach the checkout wherever it lives, unlike another user).
   */
  honourPermissions?: boolean;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Spawn `node bin/smslint.js …args` and collect its output. */
export function runCli(args: readonly string[], options: RunOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, BIN, ...args];
    if (options.honourPermissions && isRoot) command.unshift('setpriv', '--bounding-set', '-dac_override,-dac_read_search');
    const child = spawn(command[0], command.slice(1), {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', CI: '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(options.input ?? '');
  });
}

/**
 * For a test file: returns a `makeTree` whose trees are all removed after each test, so
 * tests need no cleanup of their own (call once, at the top level of the file).
 */
export function useTempTrees(): (files: Record<string, string | Buffer>) => { dir: string; dispose: () => void } {
  const trees: { dispose: () => void }[] = [];
  afterEach(() => {
    while (trees.length) trees.pop()?.dispose();
  });
  return (files) => {
    const tree = makeTree(files);
    trees.push(tree);
    return tree;
  };
}

/** A throwaway folder tree; every test gets its own, removed by `dispose`. */
export function makeTree(files: Record<string, string | Buffer>): { dir: string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'smslint-cli-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A support catalog with nothing to report under the default rules. */
export const CLEAN_CATALOG = `---
brand: Northwind
kind: support
---

# Support replies

## Received

Northwind: Thanks, we got your message. Call us at (888) 412-7730 or reply AGENT to text with a person.
`;

/** A catalog with a fixable warning (curly apostrophe → ucs2-character) in template "welcome". */
export const CURLY_CATALOG = `---
brand: Northwind
kind: support
---

# Replies

## Welcome

Northwind: We\u2019re here to help. Call us at (888) 412-7730 or reply AGENT to text with a person.
`;

/** Two templates with the same id: a duplicate-template-id error. */
export const DUPLICATE_CATALOG = `---
brand: Northwind
kind: support
---

# Replies

## Hello

Northwind: Hello from our team. Call us at (888) 412-7730 or reply AGENT to text with a person.

## Hello

Northwind: Hello again from our team. Call us at (888) 412-7730 or reply AGENT to text with a person.
`;

export interface JsonReport {
  version: number;
  results: {
    filePath: string;
    templates: { id: string; title: string; line: number; endLine: number }[];
    messages: {
      ruleId: string;
      severity: string;
      message: string;
      line: number;
      column: number;
      endLine: number;
      endColumn: number;
      offset: number;
      endOffset: number;
      templateId: string | null;
      fix?: { edits: { range: { start: number; end: number }; text: string }[] };
    }[];
  }[];
  errorCount: number;
  warningCount: number;
  fixableCount: number;
}

export function parseJson(stdout: string): JsonReport {
  return JSON.parse(stdout) as JsonReport;
}
