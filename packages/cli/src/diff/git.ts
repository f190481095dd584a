/**
 * The git calls `smslint diff` needs, through the git command itself (child_process): the
 * object store is git's business. Every failure becomes a FatalError naming the command.
 */
import { execFileSync } from 'node:child_process';
import { FatalError } from '../exit-codes.js';

/** Catalogs are small (read-source-file refuses more than 5 MiB); this bounds a listing too. */
const MAX_OUTPUT = 64 * 1024 * 1024;

function git(args: readonly string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') throw new FatalError('smslint diff needs git, and "git" was not found on PATH.');
    const detail = (failure.stderr ?? '').trim().split('\n')[0] || failure.message;
    throw new FatalError(`git ${args.slice(0, 2).join(' ')} failed: ${detail}`);
  }
}

export function repositoryRoot(cwd: string): string {
  return git(['rev-parse', '--show-toplevel'], cwd).trim();
}

/** Resolves a ref to a commit id, with a clear error for a ref that does not exist. */
export function resolveCommit(ref: string, root: string): string {
  if (ref.startsWith('-')) throw new FatalError(`Not a git ref: ${ref}`);
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    throw new FatalError(`Unknown git ref "${ref}": no such branch, tag or commit (is the history fetched? actions/checkout needs fetch-depth: 0).`);
  }
}

export interface FileChange {
  status: 'added' | 'removed' | 'modified' | 'renamed';
  /** Path at the base (repository-relative, forward slashes); absent for added files. */
  basePath?: string;
  /** Path in the working tree; absent for removed files. */
  path?: string;
}

/**
 * Files that differ between `base` and the working tree (renames detected), plus untracked
 * files git does not ignore, limited to `pathspecs` (repository-relative).
 */
export function changedFiles(base: string, root: string, pathspecs: readonly string[]): FileChange[] {
  const spec = ['--', ...(pathspecs.length > 0 ? pathspecs : ['.'])];
  const fields = git(['diff', '--name-status', '-z', '-M', '--no-color', base, ...spec], root).split('\0');
  const changes: FileChange[] = [];
  for (let i = 0; i < fields.length - 1; ) {
    const status = fields[i++];
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[i++];
      const to = fields[i++];
      changes.push(status.startsWith('R') ? { status: 'renamed', basePath: from, path: to } : { status: 'added', path: to });
    } else if (status === 'A') changes.push({ status: 'added', path: fields[i++] });
    else if (status === 'D') changes.push({ status: 'removed', basePath: fields[i++] });
    else {
      const path = fields[i++];
      changes.push({ status: 'modified', basePath: path, path });
    }
  }
  for (const path of git(['ls-files', '--others', '--exclude-standard', '-z', ...spec], root).split('\0')) {
    if (path) changes.push({ status: 'added', path });
  }
  return changes;
}

/** The file's text at `commit`. */
export function fileAt(commit: string, path: string, root: string): string {
  return git(['show', `${commit}:${path}`], root);
}
