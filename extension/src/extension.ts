/**
 * smslint for VS Code: a thin client over the bundled smslint language server, plus a
 * status bar segment count and a message preview built on its `smslint/templateInfo`.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client.js';
import { pickPreviewData, SAMPLE_DATA } from './preview-data.js';
import { PreviewPanel } from './preview-panel.js';
import { isSmsDocument } from './sms-documents.js';
import { sourceDocumentSelector, sourceFileGlobs, type SourceDocumentFilter } from './source-documents.js';
import { StartupTimings } from './startup-timings.js';
import { PREVIEW_COMMAND, TemplateStatusBar } from './status-bar.js';

/** workspaceState key: the `sources` selector the last configs scan found in this workspace. */
const SOURCES_STATE_KEY = 'smslint.sourceDocuments';
/** The configs scan waits this long at most for a started server's first diagnostics. */
const SCAN_WAIT_MS = 5_000;

let client: LanguageClient | undefined;
let starting: Promise<void> | undefined;

/** The locale files the workspace's smslint configs list in `sources` (configs on disk only). */
async function configuredSources(): Promise<SourceDocumentFilter[]> {
  const configs = await vscode.workspace.findFiles('**/{smslint.config.json,.smslintrc.json}', '**/node_modules/**', 100);
  const globs: string[] = [];
  for (const uri of configs) {
    try {
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
      globs.push(...sourceFileGlobs(text, vscode.Uri.joinPath(uri, '..').fsPath));
    } catch {
      // unreadable config: the server reports it
    }
  }
  return sourceDocumentSelector(globs);
}

export function activate(context: vscode.ExtensionContext): void {
  const timings = new StartupTimings(() => performance.now());
  const output = vscode.window.createOutputChannel('smslint', { log: true });
  const statusBar = new TemplateStatusBar(() => client);
  const preview = new PreviewPanel(context.extensionUri, () => client);
  context.subscriptions.push(output, statusBar, preview);

  // The locale files configs list in `sources` come from a workspace scan (findFiles: 0.5–1 s
  // on a busy machine). The server starts at once with what the scan found last time in this
  // workspace; the scan runs after the first diagnostics and restarts it only if the configs changed since.
  let sources = context.workspaceState.get<SourceDocumentFilter[]>(SOURCES_STATE_KEY, []);
  let firstDiagnostics: () => void = () => undefined;
  const diagnosed = new Promise<void>((resolve) => (firstDiagnostics = resolve));
  const start = async (): Promise<void> => {
    if (client || !vscode.workspace.getConfiguration('smslint').get<boolean>('enable', true)) return;
    const next = createClient(context, output, sources, () => {
      firstDiagnostics();
      const line = timings.diagnosticsArrived();
      if (line) output.info(line);
    });
    client = next;
    try {
      await next.start();
    } catch (error) {
      output.error(`smslint language server failed to start: ${(error as Error).message}`);
      client = undefined;
      return;
    }
    timings.serverReady();
    statusBar.refreshSoon();
  };
  const stop = async (): Promise<void> => {
    const current = client;
    client = undefined;
    statusBar.refreshSoon();
    if (current) await current.stop().catch(() => undefined);
  };
  const isSourceDocument = (document: vscode.TextDocument) => sources.some((filter) => vscode.languages.match(filter, document) > 0);
  // Start the server only once an SMS template (or a configured locale file) is open: Markdown activates us too.
  const startIfNeeded = (atActivation = false): void => {
    if (client || starting) return;
    if (!vscode.workspace.textDocuments.some((d) => isSmsDocument(d) || isSourceDocument(d))) return;
    timings.templateOpened(atActivation);
    starting = start().finally(() => (starting = undefined));
  };
  // A config's `sources` decides which locale files the client sends: restart when they change.
  const configWatcher = vscode.workspace.createFileSystemWatcher('**/{smslint.config.json,.smslintrc.json}');
  const restartForConfig = async () => {
    const next = await configuredSources();
    if (JSON.stringify(next) === JSON.stringify(sources)) return;
    sources = next;
    await context.workspaceState.update(SOURCES_STATE_KEY, next);
    if (starting) await starting;
    if (client) await stop();
    startIfNeeded();
  };
  configWatcher.onDidChange(restartForConfig);
  configWatcher.onDidCreate(restartForConfig);
  configWatcher.onDidDelete(restartForConfig);
  context.subscriptions.push(configWatcher);

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(() => startIfNeeded()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration('smslint.enable')) return;
      if (vscode.workspace.getConfiguration('smslint').get<boolean>('enable', true)) startIfNeeded();
      else await stop();
    }),
    vscode.commands.registerCommand('smslint.restartServer', async () => {
      await stop();
      startIfNeeded();
    }),
    // From the status bar: straight to the declared samples; from the palette: pick the data.
    vscode.commands.registerCommand(PREVIEW_COMMAND, async (options?: { data?: 'samples' }) => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !isSmsDocument(editor.document)) {
        void vscode.window.showInformationMessage('smslint: open a *.sms or *.sms.md template to preview it.');
        return;
      }
      const data = options?.data === 'samples' ? SAMPLE_DATA : await pickPreviewData();
      if (data) preview.show(editor.document, editor.selection.active, data);
    }),
  );
  startIfNeeded(true);
  // The scan (a ripgrep search) waits for the first diagnostics of a starting server (at most
  // SCAN_WAIT_MS after its start): on a busy machine it would compete with the server's start.
  const scanWait = () => Promise.race([diagnosed, new Promise<void>((resolve) => setTimeout(resolve, SCAN_WAIT_MS))]);
  const settled = starting ? starting.then(() => (client ? scanWait() : undefined)) : Promise.resolve();
  void settled.then(restartForConfig);
}

export async function deactivate(): Promise<void> {
  const current = client;
  client = undefined;
  if (current) await current.stop();
}
