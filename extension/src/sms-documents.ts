/** Which documents smslint handles: `*.sms` (language sms-template) and `*.sms.md` (Markdown). */
import type * as vscode from 'vscode';

export const SMS_LANGUAGE_ID = 'sms-template';

/**
 * Locale files on disk that a config's `sources` may select (JSON, YAML, gettext .po). The
 * client sends them to the server, which lints only those its config selects and leaves
 * every other JSON/YAML/.po file alone (no diagnostics, no work beyond a glob match).
 */
export const SOURCE_DOCUMENT_SELECTOR = [
  { scheme: 'file', language: 'json' },
  { scheme: 'file', language: 'jsonc' },
  { scheme: 'file', language: 'yaml' },
  { scheme: 'file', pattern: '**/*.{po,pot}' },
];

/** Document selector for the language client: any scheme, so untitled and virtual files work. */
export const SMS_DOCUMENT_SELECTOR = [
  { language: SMS_LANGUAGE_ID },
  { language: 'markdown', pattern: '**/*.sms.md' },
  ...SOURCE_DOCUMENT_SELECTOR,
];

export function isSmsDocument(document: Pick<vscode.TextDocument, 'languageId' | 'uri'>): boolean {
  if (document.languageId === SMS_LANGUAGE_ID) return true;
  return document.languageId === 'markdown' && document.uri.path.toLowerCase().endsWith('.sms.md');
}
