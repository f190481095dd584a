import { MAX_READ_BYTES } from '@smslint/core';
import { FatalError } from './exit-codes.js';

/** Colour on when forced, off when NO_COLOR is set, otherwise when the stream is a TTY. */
export function useColor(flag: boolean | undefined, stream: NodeJS.WriteStream): boolean {
  if (flag !== undefined) return flag;
  if ('NO_COLOR' in process.env && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && process.env.TERM !== 'dumb';
}

/** Write everything and wait for it to drain (so process exit never truncates piped output). */
export function writeOut(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text === '') return resolve();
    stream.write(text, () => resolve());
  });
}

/**
 * Read stdin byte for byte, up to the size limit smslint reads from files: `< /dev/zero`
 * or an endless pipe stops with an error instead of exhausting memory.
 */
export async function readStdin(maxBytes = MAX_READ_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw new FatalError(`stdin is too large (over ${maxBytes} bytes; the limit is ${maxBytes} bytes)`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
