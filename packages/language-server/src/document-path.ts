import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** languageId the VS Code extension registers for both formats. */
export const SMS_LANGUAGE_ID = 'sms-template';

const SMS_FILE = /\.sms(\.md)?$/i;

/** Documents smslint analyses: `*.sms.md`, `*.sms`, or anything the client calls sms-template. */
export function isSmsDocument(document: Pick<TextDocument, 'uri' | 'languageId'>): boolean {
  return document.languageId === SMS_LANGUAGE_ID || SMS_FILE.test(pathPart(document.uri));
}

function pathPart(uri: string): string {
  return uri.replace(/[?#].*$/, '');
}

/**
 * The file path handed to core (it decides catalog vs single file and where config is
 * looked up). Unsaved or non-file documents become a catalog path in the workspace root.
 */
export function filePathOf(uri: string, workspaceRoot: string | null): string {
  if (uri.startsWith('file:')) {
    try {
      const filePath = fileURLToPath(uri);
      return SMS_FILE.test(filePath) ? filePath : `${filePath}.sms.md`;
    } catch {
      // malformed file URI: fall through to the stand-in name
    }
  }
  const name = decodeURIComponent(pathPart(uri).split(/[/:]/).pop() || 'untitled').replace(/[^\w.-]/g, '_');
  const base = workspaceRoot ?? process.cwd();
  return path.join(base, SMS_FILE.test(name) ? name : `${name}.sms.md`);
}
