import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** A catalog with an emoji before a broken placeholder (placeholder-syntax, fixable). */
export const CATALOG = [
  '---',
  'kind: support',
  'brand: Acme',
  'variables:',
  '  orderId: { maxLength: 10, charset: digits, sample: "12345" }',
  '  name: { maxLength: 20, charset: gsm, sample: "Sam" }',
  '---',
  '',
  '## Order shipped',
  '',
  'Hi {{name}} 😀 your Acme order {{order id}} has shipped. Questions? Call 555-0100.',
  '',
  '## Refund',
  '',
  'Hi {{name}}, your Acme refund is on its way. Questions? Call 555-0100.',
  '',
].join('\n');

export const BROKEN_PLACEHOLDER = '{{order id}}';

export function crlf(text: string): string {
  return text.replace(/\n/g, '\r\n');
}

export interface Workspace {
  dir: string;
  uri(name: string): string;
  file(name: string): string;
  dispose(): void;
}

export function workspace(): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'smslint-lsp-'));
  return {
    dir,
    uri: (name) => pathToFileURL(path.join(dir, name)).href,
    file: (name) => path.join(dir, name),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
