/** Which documents smslint handles: `*.sms` (language sms-template) and `*.sms.md` (Markdown). */
import type * as vscode from 'vscode';

export const SMS_LANGUAGE_ID = 'sms-template';

/** Document selector for the language client: any scheme, so untitled and virtual files work. */
export const SMS_DOCUMENT_SELECTOR = [
  { language: SMS_LANGUAGE_ID },
  { language: 'markdown', pattern: '**/*.sms.md' },
];

export function isSmsDocument(document: Pick<vscode.TextDocument, 'languageId' | 'uri'>): boolean {
  if (document.languageId === SMS_LANGUAGE_ID) return true;
  return document.languageId === 'markdown' && document.uri.path.toLowerCase().endsWith('.sms.md');
}
