import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/**
 * Every file smslint reads (templates, configs, ignore files, preview data, the result
 * cache) comes through here: opened without blocking, checked to be a regular file within
 * the size limit, and only then read. A FIFO would otherwise block the read forever, and
 * `/dev/zero` or a huge file would exhaust memory.
 */
export type RegularFileRead =
  | { ok: true; bytes: Buffer; stat: Stats }
  | { ok: false; message: string; code?: string };

/** Largest file smslint reads: no template catalog or config is near it, and it bounds memory. */
export const MAX_READ_BYTES = 5 * 1024 * 1024;

const ERROR_MESSAGES: Record<string, string> = {
  ENOENT: 'file not found (or a broken symbolic link)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'symbolic link loop',
  EISDIR: 'is a directory',
  ENAMETOOLONG: 'path too long',
  EMFILE: 'too many open files',
  ENOTDIR: 'a part of the path is not a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EBUSY: 'resource busy',
  ETXTBSY: 'file busy',
  EEXIST: 'already exists',
  ENXIO: 'no reader on the other end (a FIFO or socket)',
};

/** A file-system error as a short reason, without the path Node appends (it may be a temp file). */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && ERROR_MESSAGES[code]) return `${ERROR_MESSAGES[code]} (${code})`;
  if (code && error instanceof Error) return error.message.replace(/, \w+ '.*'$/s, '');
  return error instanceof Error ? error.message : String(error);
}

export function readRegularFile(path: string, maxBytes = MAX_READ_BYTES): RegularFileRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever;
    // this way it opens at once and fstat below refuses it (no effect on regular files).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, message: describeFsError(error), code: (error as NodeJS.ErrnoException).code };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: 'is a directory', code: 'EISDIR' };
    if (!stat.isFile()) return { ok: false, message: 'not a regular file (a device, FIFO or socket)', code: 'ENOTREG' };
    if (stat.size > maxBytes) return { ok: false, message: `file too large (${stat.size} bytes; the limit is ${maxBytes} bytes)`, code: 'EFBIG' };
    // Read up to one byte past the limit: a file that grew since fstat is still caught.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size + 1, maxBytes + 1));
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { ok: false, message: `file too large (over ${maxBytes} bytes)`, code: 'EFBIG' };
    return { ok: true, bytes: buffer.subarray(0, length), stat };
  } catch (error) {
    return { ok: false, message: describeFsError(error), code: (error as NodeJS.ErrnoException).code };
  } finally {
    try {
      closeSync(fd);
    } catch {
      // nothing useful to do: the content was read (or the failure already reported)
    }
  }
}

/** The same, decoded as UTF-8 text (configs, ignore files, data); a BOM is kept (offsets stay exact). */
export function readRegularTextFile(path: string, maxBytes = MAX_READ_BYTES): { ok: true; text: string } | { ok: false; message: string; code?: string } {
  const read = readRegularFile(path, maxBytes);
  if (!read.ok) return read;
  return { ok: true, text: read.bytes.toString('utf8') };
}
