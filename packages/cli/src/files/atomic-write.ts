import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface AtomicWriteOptions {
  /** File mode for the new file (the original's, on --fix). */
  mode?: number;
  /** Owner for the new file (the original's); set only where permitted. */
  owner?: { uid: number; gid: number };
}

/**
 * Replace `path` with `data` so that a crash at any moment leaves either the old or the
 * new content, never a truncated file: write a temp file in the same folder (same file
 * system, so rename is atomic), fsync it, rename it over the target, fsync the folder.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.smslint-tmp`);
  const handle = await open(temp, 'wx', options.mode ?? 0o644);
  let renamed = false;
  try {
    await handle.writeFile(data);
    // open()'s mode is filtered by the umask; set the original's mode exactly.
    if (options.owner) {
      // Root fixing someone else's file must not hand it to root; others may not chown at all.
      await handle.chown(options.owner.uid, options.owner.gid).catch(() => undefined);
    }
    if (options.mode !== undefined) await handle.chmod(options.mode);
    await handle.sync();
    await handle.close();
    await rename(temp, path);
    renamed = true;
    await syncDirectory(dir);
  } finally {
    if (!renamed) {
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    }
  }
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
