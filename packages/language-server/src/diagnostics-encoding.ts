/**
 * Writes `publishDiagnostics` from JSON already encoded per template.
 *
 * Push diagnostics send every diagnostic of a document after every keystroke: on a
 * 2,000-template catalog about 0.8 MB, whose `JSON.stringify` and UTF-8 encoding took more
 * server CPU than the lint pass. template-diagnostics.ts keeps each template's diagnostics
 * as UTF-8 JSON beside the objects; this encoder (the stdio writer's content-type encoder)
 * copies those bytes into the message instead of serialising the objects again. The bytes
 * are exactly `JSON.stringify` of the message (test/lsp/diagnostics-encoding.test.ts);
 * any other message, or a diagnostics array that was changed after it was encoded, goes
 * through `JSON.stringify` as vscode-jsonrpc would.
 */
import type { Diagnostic } from 'vscode-languageserver/node';

/**
 * The JSON of a diagnostics array, in parts joined by commas, for as long as it has `count`
 * entries and `valid()` (the chunks' buffer may be written over later) says so.
 */
interface Encoded {
  count: number;
  chunks: Buffer[];
  valid: () => boolean;
}

const encodings = new WeakMap<readonly Diagnostic[], Encoded>();

const ALWAYS = () => true;

/**
 * Remembers that `chunks` (comma-separated JSON of consecutive diagnostics, none empty)
 * joined by commas are the JSON of `diagnostics`' elements, for as long as `valid()`.
 * Returns `diagnostics`.
 */
export function encodedDiagnostics(diagnostics: Diagnostic[], chunks: Buffer[], valid: () => boolean = ALWAYS): Diagnostic[] {
  encodings.set(diagnostics, { count: diagnostics.length, chunks, valid });
  return diagnostics;
}

const PUBLISH = 'textDocument/publishDiagnostics';
const PLACEHOLDER = '"diagnostics":[]';

interface Message {
  method?: unknown;
  params?: unknown;
}

/** UTF-8 bytes of JSON.stringify(message), from the remembered chunks where there are some. */
export function encodeMessage(message: unknown): Buffer {
  const encoded = publishedEncoding(message);
  if (!encoded) return Buffer.from(JSON.stringify(message), 'utf8');
  const params = (message as Message).params as { diagnostics: Diagnostic[] };
  // The envelope with an empty list, then the list's JSON spliced in where it belongs.
  const envelope = JSON.stringify({ ...(message as object), params: { ...params, diagnostics: [] } });
  const at = envelope.lastIndexOf(PLACEHOLDER) + PLACEHOLDER.length - 1;
  const head = Buffer.from(envelope.slice(0, at), 'utf8');
  const tail = Buffer.from(envelope.slice(at), 'utf8');
  const list: Buffer[] = [head];
  let length = head.length + tail.length + Math.max(0, encoded.chunks.length - 1);
  for (const chunk of encoded.chunks) length += chunk.length;
  encoded.chunks.forEach((chunk, i) => {
    if (i > 0) list.push(COMMA);
    list.push(chunk);
  });
  list.push(tail);
  return Buffer.concat(list, length);
}

const COMMA = Buffer.from(',');

function publishedEncoding(message: unknown): Encoded | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { method, params } = message as Message;
  if (method !== PUBLISH || typeof params !== 'object' || params === null) return undefined;
  const diagnostics = (params as { diagnostics?: unknown }).diagnostics;
  if (!Array.isArray(diagnostics)) return undefined;
  const encoded = encodings.get(diagnostics);
  return encoded && encoded.count === diagnostics.length && encoded.valid() ? encoded : undefined;
}

/** vscode-jsonrpc's ContentTypeEncoder for `application/json`, using the chunks above. */
export const diagnosticsEncoder = {
  name: 'application/json',
  encode(message: unknown, options: { charset?: string }): Promise<Uint8Array> {
    try {
      const charset = (options.charset ?? 'utf-8').toLowerCase();
      if (charset !== 'utf-8' && charset !== 'utf8') return Promise.resolve(Buffer.from(JSON.stringify(message), charset as BufferEncoding));
      return Promise.resolve(encodeMessage(message));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};

/** `diagnostics` and one more at the end, keeping the remembered JSON of the others. */
export function withDiagnostic(diagnostics: Diagnostic[], diagnostic: Diagnostic): Diagnostic[] {
  const encoded = encodings.get(diagnostics);
  const result = [...diagnostics, diagnostic];
  if (encoded && encoded.count === diagnostics.length && encoded.valid()) {
    encodedDiagnostics(result, [...encoded.chunks, Buffer.from(JSON.stringify(diagnostic), 'utf8')], encoded.valid);
  }
  return result;
}
