import { constants } from 'node:fs';
import { mkdir, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createTempPath, trackTemp, untrackTemp } from './temp-files.js';
import { describeFsError } from './read-source-file.js';

export interface AtomicWriteOptions {
  /** File mode for the new file (the original's, on --fix). */
  mode?: number;
  /** Owner for the new file (the original's); set only where permitted. */
  owner?: { uid: number; gid: number };
  /**
   * The target as it was read (--fix): checked just before the rename, so an edit made by
   * someone else since the read is never overwritten.
   */
  unchangedSince?: ReadIdentity;
}

/** What identifies the version of a file that was read. */
export interface ReadIdentity {
  size: number;
  mtimeMs: number;
  ino: number;
  dev: number;
  /** The exact bytes read (compared when size and mtime agree: an edit within the same tick). */
  bytes: () => Uint8Array;
}

/** A write that did not happen; the message names the target, never a temp file. */
export class WriteError extends Error {
  override name = 'WriteError';
  constructor(
    message: string,
    /** The target changed after it was read (--fix skips it). */
    readonly changed = false,
  ) {
    super(message);
  }
}

/** Set by the signal handler: no write may complete after it, temp files are removed. */
let stopping = false;
export function stopWrites(): void {
  stopping = true;
}

/**
 * Replace `path` with `data` so that a crash at any moment leaves either the old or the
 * new content, never a truncated file: write a temp file in the same folder (same file
 * system, so rename is atomic), fsync it, rename it over the target, fsync the folder.
 * Errors are WriteErrors whose message describes the problem without the temp file name.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  if (stopping) throw new WriteError('interrupted');
  const dir = dirname(path);
  const temp = createTempPath(path);
  let handle: FileHandle;
  try {
    trackTemp(temp);
    handle = await open(temp, 'wx', options.mode ?? 0o644);
  } catch (error) {
    untrackTemp(temp);
    throw new WriteError(describeFsError(error));
  }
  let renamed = false;
  try {
    await handle.writeFile(data);
    if (options.owner) {
      // Root fixing someone else's file must not hand it to root; others may not chown at all.
      await handle.chown(options.owner.uid, options.owner.gid).catch(() => undefined);
    }
    // open()'s mode is filtered by the umask; set the original's mode exactly.
    if (options.mode !== undefined) await handle.chmod(options.mode);
    await handle.sync();
    await handle.close();
    if (options.unchangedSince) await assertUnchanged(path, options.unchangedSince);
    if (stopping) throw new WriteError('interrupted');
    await rename(temp, path);
    renamed = true;
    untrackTemp(temp);
    await syncDirectory(dir);
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(describeFsError(error));
  } finally {
    if (!renamed) {
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
      untrackTemp(temp);
    }
  }
}

async function assertUnchanged(path: string, read: ReadIdentity): Promise<void> {
  const changed = () => new WriteError('it changed on disk after smslint read it (edited by someone else?); run again to fix the new version', true);
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    throw changed(); // deleted or replaced by something unreadable
  }
  try {
    const now = await handle.stat();
    if (!now.isFile() || now.size !== read.size || now.mtimeMs !== read.mtimeMs || now.ino !== read.ino || now.dev !== read.dev) throw changed();
    const expected = read.bytes();
    const current = Buffer.alloc(expected.length + 1);
    let length = 0;
    while (length < current.length) {
      const { bytesRead } = await handle.read(current, length, current.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length !== expected.length || !current.subarray(0, length).equals(expected)) throw changed();
  } finally {
    await handle.close();
  }
}

/**
 * Write a report or cache file the user named (`--output-file`, `--cache-location`):
 * devices, FIFOs and sockets (`/dev/null`, `/dev/stdout`, a named pipe) are written
 * directly, since renaming over them would replace them with a regular file; a regular
 * file (or a new one) is written atomically, creating missing folders first.
 */
export async function writeUserFile(path: string, data: string | Uint8Array): Promise<void> {
  let kind: 'missing' | 'file' | 'directory' | 'special' = 'missing';
  try {
    const s = await stat(path);
    kind = s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'special';
  } catch {
    // missing (or a dangling link): created below
  }
  if (kind === 'directory') throw new WriteError('is a directory');
  if (kind === 'special') {
    try {
      const handle = await open(path, constants.O_WRONLY);
      try {
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw new WriteError(describeFsError(error));
    }
    return;
  }
  try {
    await mkdir(dirname(path), { recursive: true });
  } catch (error) {
    throw new WriteError(`cannot create its folder: ${describeFsError(error)}`);
  }
  await writeFileAtomic(path, data);
}

/** Persist the rename itself (best effort: some platforms cannot open folders). */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows and some file systems refuse fsync on a directory; the rename is still atomic.
  }
}
