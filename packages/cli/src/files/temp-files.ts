import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Temp files of atomic writes: `.<target name>.<pid>.<8 hex>.smslint-tmp` next to the
 * target. The pid in the name tells whose a temp file is, so a run interrupted by a
 * signal removes its own and a later run removes those of runs that no longer exist
 * (SIGKILL, power loss) without touching a concurrent run's.
 */
export const TEMP_SUFFIX = '.smslint-tmp';
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.smslint-tmp$/;

/** Temp files this thread has created and not yet renamed or removed. */
const pending = new Set<string>();
/** Folders where this run may create temp files (also from worker threads), for the signal sweep. */
const writeFolders: (() => Iterable<string>)[] = [];

/** Declare where this run writes (computed only when a signal arrives). */
export function addWriteFolders(folders: () => Iterable<string>): void {
  writeFolders.push(folders);
}

export function knownWriteFolders(): string[] {
  const out = new Set<string>();
  for (const source of writeFolders) {
    try {
      for (const folder of source()) out.add(folder);
    } catch {
      // a folder that cannot be listed has no temp files of ours
    }
  }
  return [...out];
}

export function createTempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

export function trackTemp(path: string): void {
  pending.add(path);
}

export function untrackTemp(path: string): void {
  pending.delete(path);
}

/** Synchronously remove this thread's pending temp files (signal handlers cannot wait). */
export function removePendingTemps(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // already renamed or removed
    }
  }
  pending.clear();
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, someone else's
  }
}

/**
 * Remove smslint temp files in `folders` left by this process (`which: 'own'`, after a
 * signal) or by processes that are gone and belonged to this user (`'stale'`). Returns
 * how many were removed. Never throws: cleanup must not fail a run.
 */
export function removeTempFiles(folders: Iterable<string>, which: 'own' | 'stale'): number {
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  let removed = 0;
  for (const folder of new Set(folders)) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const match = TEMP_NAME.exec(name);
      if (!match) continue;
      const pid = Number(match[1]);
      const path = join(folder, name);
      if (which === 'own' ? pid !== process.pid : pid === process.pid || pidAlive(pid)) continue;
      try {
        const stat = lstatSync(path);
        if (!stat.isFile() || (uid !== undefined && stat.uid !== uid)) continue;
        unlinkSync(path);
        removed++;
      } catch {
        // gone meanwhile, or not ours to remove
      }
    }
  }
  return removed;
}
