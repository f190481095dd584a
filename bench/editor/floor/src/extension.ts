/**
 * The floor peer of bench/editor: activation → client start → one pushed diagnostic, timed
 * with the smslint extension's marks (StartupTimings) so the two lines compare directly.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { StartupTimings } from '../../../../extension/src/startup-timings.js';

let client: LanguageClient | undefined;

const isTemplate = (document: vscode.TextDocument) => /\.sms(\.md)?$/.test(document.uri.path);

export function activate(context: vscode.ExtensionContext): void {
  const timings = new StartupTimings(() => performance.now());
  const output = vscode.window.createOutputChannel('smslint-floor', { log: true });
  context.subscriptions.push(output);
  const start = async (atActivation: boolean): Promise<void> => {
    if (client || !vscode.workspace.textDocuments.some(isTemplate)) return;
    timings.templateOpened(atActivation);
    const module = context.asAbsolutePath('dist/server.js');
    client = new LanguageClient('smslintFloor', 'smslint floor', { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } }, {
      documentSelector: [{ scheme: 'file', pattern: '**/*.{sms,sms.md}' }],
      outputChannel: output,
      middleware: {
        handleDiagnostics: (uri, diagnostics, next) => {
          const line = timings.diagnosticsArrived();
          if (line) output.info(line);
          next(uri, diagnostics);
        },
      },
    });
    await client.start();
    timings.serverReady();
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(() => void start(false)));
  void start(true);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
