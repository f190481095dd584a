import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { IgnoreMatcher } from './ignore-matcher.js';

/** What a folder argument (or no argument) means: these globs under it. */
export const DEFAULT_GLOBS = ['**/*.sms.md', '**/*.sms'] as const;

export function isTemplateFileName(name: string): boolean {
  return name.endsWith('.sms.md') || name.endsWith('.sms');
}

export interface DiscoveredFiles {
  /** Absolute paths, deduplicated, sorted by their path relative to cwd. */
  files: string[];
  /** Literal path arguments that do not exist (reported as read errors). */
  missing: string[];
  /** Patterns that matched nothing (warned about; not an error, like markdownlint-cli2). */
  unmatched: string[];
  /** Explicitly named files skipped because an ignore rule matches them. */
  ignoredExplicit: string[];
}

export interface DiscoverOptions {
  cwd: string;
  /** Paths, folders or globs; `!glob` excludes. Empty: the default globs under cwd. */
  patterns: readonly string[];
  ignore: IgnoreMatcher;
  /** Locale files a config's `sources` selects: found in folders like template files. */
  isSourceFile?: (absolutePath: string) => boolean;
}

/**
 * Expand path / folder / glob arguments to the template files to lint. Broken symlinks
 * and symlink loops whose names match are kept, so reading them reports the problem;
 * folder symlink cycles are walked once.
 */
export function discoverFiles(options: DiscoverOptions): DiscoveredFiles {
  const { cwd, ignore } = options;
  const found = new Set<string>();
  const result: DiscoveredFiles = { files: [], missing: [], unmatched: [], ignoredExplicit: [] };
  const positive = options.patterns.filter((p) => !p.startsWith('!'));
  const negative = options.patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  if (negative.length > 0) ignore.addPatterns(cwd, negative);
  if (positive.length === 0) positive.push('.');

  for (const pattern of positive) {
    const before = found.size;
    const absolute = resolve(cwd, pattern);
    const kind = pathKind(absolute);
    if (kind === 'directory') {
      walk(absolute, ignore, (file) => isTemplateFileName(file.slice(file.lastIndexOf(sep) + 1)) || !!options.isSourceFile?.(file), found);
    } else if (kind !== 'missing') {
      // A named file is linted whatever its extension, unless an ignore rule matches it.
      if (ignore.isIgnored(absolute, false)) result.ignoredExplicit.push(pattern);
      else found.add(absolute);
      continue;
    } else if (picomatch.scan(pattern).isGlob) {
      const scan = picomatch.scan(pattern.split(sep).join('/'));
      const base = resolve(cwd, scan.base || '.');
      const matcher = picomatch(scan.glob, { dot: false });
      if (pathKind(base) === 'directory') {
        walk(base, ignore, (file) => matcher(toPosix(relative(base, file))), found);
      }
    } else {
      result.missing.push(pattern);
      continue;
    }
    if (found.size === before) result.unmatched.push(pattern);
  }

  result.files = [...found]
    .map((file) => ({ file, key: toPosix(relative(cwd, file)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.file);
  return result;
}

type PathKind = 'file' | 'directory' | 'broken' | 'missing';

function pathKind(path: string): PathKind {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    try {
      lstatSync(path);
      return 'broken'; // a dangling or looping symlink: reading it reports why
    } catch {
      return 'missing';
    }
  }
}

function walk(root: string, ignore: IgnoreMatcher, accept: (file: string) => boolean, found: Set<string>): void {
  const visited = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      continue;
    }
    if (visited.has(real)) continue; // a symlink back up the tree
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // unreadable folder: nothing to list
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const kind = pathKind(path);
        isDirectory = kind === 'directory';
        isFile = kind !== 'directory'; // broken links and loops are reported when read
      }
      if (isDirectory) {
        if (!ignore.isIgnored(path, true)) stack.push(path);
      } else if (isFile && accept(path) && !ignore.isIgnored(path, false)) {
        found.add(path);
      }
    }
  }
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

export function displayPath(cwd: string, file: string): string {
  if (file === '<stdin>') return file;
  const rel = relative(cwd, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? toPosix(file) : toPosix(rel);
}
