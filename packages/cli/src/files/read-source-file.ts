import { describeFsError, MAX_READ_BYTES, readRegularFile } from '@smslint/core';
import { isUtf8 } from 'node:buffer';
import { findInvalidUtf8 } from './utf8.js';

/** Files larger than this are refused: no SMS catalog is that big, and it guards memory. */
export const MAX_FILE_BYTES = MAX_READ_BYTES;

export interface SourceText {
  ok: true;
  /** Decoded text without the UTF-8 BOM (offsets then match what editors show). */
  text: string;
  /** The file started with a UTF-8 BOM (written back on --fix). */
  bom: boolean;
  /** File mode bits, kept on --fix. */
  mode: number;
  /** Owner, kept on --fix where the process may set it. */
  owner?: { uid: number; gid: number };
  /** The file as read (absent for stdin): --fix checks it is unchanged before replacing it. */
  read?: { size: number; mtimeMs: number; ino: number; dev: number; nlink: number };
}

export interface ReadFailure {
  ok: false;
  /** A human message naming the problem (the caller adds the path). */
  message: string;
  /** Line (1-based) of the problem, when it is inside the content. */
  line?: number;
}

export { describeFsError };

/** Decode bytes already read; shared by file and stdin reading. */
export function decodeSource(bytes: Uint8Array, mode = 0o644): SourceText | ReadFailure {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
    return { ok: false, message: `UTF-16 (${order}) encoded file; smslint reads UTF-8 only, re-save it as UTF-8` };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { ok: false, message: `binary file (NUL byte at byte offset ${nul})`, line: lineOfByte(bytes, nul) };
  }
  if (!isUtf8(bytes)) {
    const bad = findInvalidUtf8(bytes);
    const at = bad === -1 ? 0 : bad;
    return {
      ok: false,
      message: `invalid UTF-8 at byte offset ${at} (line ${lineOfByte(bytes, at)}): byte 0x${bytes[at].toString(16).padStart(2, '0')}`,
      line: lineOfByte(bytes, at),
    };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = Buffer.from(bytes.buffer, bytes.byteOffset + (bom ? 3 : 0), bytes.length - (bom ? 3 : 0)).toString('utf8');
  return { ok: true, text, bom, mode };
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/**
 * Read a template file as UTF-8. Never throws: every problem (missing, unreadable, too big,
 * binary, UTF-16, invalid UTF-8) comes back as a ReadFailure so the run can go on.
 * Synchronous on purpose: files are read one after another on each thread, and the sync
 * calls cost a fraction of promise-based FileHandle reads.
 */
export function readSourceFile(path: string): SourceText | ReadFailure {
  const read = readRegularFile(path, MAX_FILE_BYTES);
  if (!read.ok) return { ok: false, message: read.message };
  const { stat } = read;
  const decoded = decodeSource(read.bytes, stat.mode & 0o7777);
  if (decoded.ok) {
    decoded.owner = { uid: stat.uid, gid: stat.gid };
    decoded.read = { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino, dev: stat.dev, nlink: stat.nlink };
  }
  return decoded;
}
