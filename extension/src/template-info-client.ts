/** Asks the language server about the template at a position; null when there is none. */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TEMPLATE_INFO_REQUEST, type TemplateInfo, type TemplateInfoParams } from './template-info.js';

export async function requestTemplateInfo(
  client: LanguageClient,
  document: vscode.TextDocument,
  position: vscode.Position,
): Promise<TemplateInfo | null> {
  const params: TemplateInfoParams = {
    uri: client.code2ProtocolConverter.asUri(document.uri),
    position: { line: position.line, character: position.character },
  };
  const info = await client.sendRequest<TemplateInfo | null>(TEMPLATE_INFO_REQUEST, params);
  return info ?? null;
}
