import { isUtf8 } from 'node:buffer';
import { FatalError, UsageError } from '../exit-codes.js';
import { findInvalidUtf8 } from '../files/utf8.js';
import { readStdin } from '../terminal.js';

/**
 * TEXT for `smslint count`: the positional words joined by spaces, or stdin read byte for
 * byte as UTF-8 (for `-`, or no TEXT with stdin not a TTY). Nothing is trimmed and a
 * leading U+FEFF is kept: it is a character that would be sent, and it forces UCS-2
 * (sms-facts.md §1: BOM is not GSM); a trailing LF costs a unit like any character.
 */
export async function readTextArgument(positionals: readonly string[]): Promise<string> {
  const fromStdin = (positionals.length === 1 && positionals[0] === '-') || (positionals.length === 0 && !process.stdin.isTTY);
  if (!fromStdin) {
    if (positionals.length === 0) throw new UsageError('count needs TEXT, or "-" to read stdin.');
    return positionals.join(' ');
  }
  const bytes = await readStdin();
  if (!isUtf8(bytes)) {
    const at = findInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
    throw new FatalError(`stdin is not valid UTF-8: byte 0x${bytes[at].toString(16).padStart(2, '0')} at byte offset ${at} (line ${line}).`);
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
