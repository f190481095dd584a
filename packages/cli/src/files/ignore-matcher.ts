import { existsSync } from 'node:fs';
import { readRegularTextFile } from '@smslint/core';
import { dirname, join, relative, sep } from 'node:path';
import { GitignoreRules } from './gitignore-rules.js';

/** Ignore files read in every folder, gitignore syntax, relative to their own folder. */
export const IGNORE_FILE_NAMES = ['.gitignore', '.smslintignore'] as const;

/** Folders never walked into. */
const ALWAYS_IGNORED_DIRS = new Set(['.git', 'node_modules']);

interface ScopedIgnore {
  base: string;
  rules: GitignoreRules;
}

/**
 * Decides whether a path is ignored by `.gitignore` / `.smslintignore` files (each scoped
 * to its folder, like git) and by extra patterns (config `ignore`, `!pattern` arguments).
 * Ignore files are read lazily and once per folder, from `boundary` (the git root, or the
 * working folder outside a repository) down to the file.
 */
export class IgnoreMatcher {
  private readonly perDirectory = new Map<string, ScopedIgnore | null>();
  private readonly extra: ScopedIgnore[] = [];
  /** Patterns skipped (too long to be an ignore pattern), for the user: `file:line: reason`. */
  readonly warnings: string[] = [];

  private readonly useIgnoreFiles: boolean;

  constructor(
    private readonly boundary: string,
    options: { useIgnoreFiles?: boolean } = {},
  ) {
    this.useIgnoreFiles = options.useIgnoreFiles ?? true;
  }

  /** Add gitignore-style patterns relative to `base`. */
  addPatterns(base: string, patterns: readonly string[]): void {
    if (patterns.length === 0) return;
    const rules = new GitignoreRules().add(patterns);
    for (const r of rules.refused) this.warnings.push(`!pattern ${r.line}: ${r.reason}; skipped`);
    this.extra.push({ base, rules });
  }

  isIgnored(absolutePath: string, isDirectory: boolean): boolean {
    const name = absolutePath.slice(absolutePath.lastIndexOf(sep) + 1);
    if (isDirectory && ALWAYS_IGNORED_DIRS.has(name)) return true;
    for (const scoped of this.extra) if (matches(scoped, absolutePath, isDirectory)) return true;
    if (!this.useIgnoreFiles) return false;
    for (const dir of this.ancestorsWithin(dirname(absolutePath))) {
      const scoped = this.ignoreFor(dir);
      if (scoped && matches(scoped, absolutePath, isDirectory)) return true;
    }
    return false;
  }

  private *ancestorsWithin(dir: string): Generator<string> {
    const rel = relative(this.boundary, dir);
    if (rel.startsWith('..') || rel.includes(`${sep}..`)) {
      yield dir; // outside the boundary: only the file's own folder applies
      return;
    }
    yield this.boundary;
    if (rel === '') return;
    let current = this.boundary;
    for (const part of rel.split(sep)) {
      current = join(current, part);
      yield current;
    }
  }

  private ignoreFor(dir: string): ScopedIgnore | null {
    let scoped = this.perDirectory.get(dir);
    if (scoped === undefined) {
      scoped = null;
      for (const fileName of IGNORE_FILE_NAMES) {
        const file = join(dir, fileName);
        // A FIFO, device or huge file named .gitignore is skipped like an absent one.
        const read = readRegularTextFile(file);
        if (!read.ok) continue;
        const content = read.text;
        scoped ??= { base: dir, rules: new GitignoreRules() };
        const before = scoped.rules.refused.length;
        scoped.rules.add(content);
        for (const r of scoped.rules.refused.slice(before)) this.warnings.push(`${file}:${r.line}: ${r.reason}; pattern skipped`);
      }
      this.perDirectory.set(dir, scoped);
    }
    return scoped;
  }
}

function matches(scoped: ScopedIgnore, absolutePath: string, isDirectory: boolean): boolean {
  const rel = relative(scoped.base, absolutePath);
  if (rel === '' || rel.startsWith('..')) return false;
  const posix = sep === '/' ? rel : rel.split(sep).join('/');
  return scoped.rules.ignores(isDirectory ? `${posix}/` : posix);
}

/** The folder holding `.git` above `start`, or `start` itself outside a repository. */
export function findIgnoreBoundary(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
