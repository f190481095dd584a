/** The floor peer's server: one diagnostic on the first U+2019 of every opened document, pushed on didOpen. */
import { createConnection, DiagnosticSeverity, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.None } } }));
connection.onDidOpenTextDocument(({ textDocument: { uri, text } }) => {
  const offset = Math.max(0, text.indexOf('\u2019'));
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  void connection.sendDiagnostics({
    uri,
    diagnostics: [{ range: { start: position, end: { ...position, character: position.character + 1 } }, severity: DiagnosticSeverity.Warning, source: 'floor', message: 'U+2019 floor-diagnostic' }],
  });
});
connection.listen();
