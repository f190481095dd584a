/** The "smslint: Preview Template" webview: one panel that follows the template being edited. */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { debounce } from './debounce.js';
import { SAMPLE_DATA, type PreviewData } from './preview-data.js';
import { emptyBodyHtml, previewBodyHtml, previewDocumentHtml } from './preview-html.js';
import { previewModel } from './preview-model.js';
import { segmentBudget } from './segment-budget.js';
import { isSmsDocument } from './sms-documents.js';
import { requestTemplateInfo } from './template-info-client.js';

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private position = new vscode.Position(0, 0);
  private data: PreviewData = SAMPLE_DATA;
  private generation = 0;
  /** Last body sent; re-sent when the webview (re)loads its script and says it is ready. */
  private lastHtml = emptyBodyHtml('Loading…');
  private readonly disposables: vscode.Disposable[] = [];
  private readonly scheduleUpdate = debounce(() => void this.update(), 250);

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly getClient: () => LanguageClient | undefined,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document === this.document) this.scheduleUpdate();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const shown = this.document?.uri.toString();
        if (this.panel && e.uris.some((uri) => uri.toString() === shown)) this.scheduleUpdate();
      }),
      // The preview follows the template under the cursor, in whichever SMS editor is active.
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!this.panel || !isSmsDocument(e.textEditor.document)) return;
        this.document = e.textEditor.document;
        this.position = e.selections[0]?.active ?? this.position;
        this.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || !editor || !isSmsDocument(editor.document)) return;
        this.document = editor.document;
        this.position = editor.selection.active;
        this.scheduleUpdate();
      }),
    );
  }

  /** Shows the preview of the template at `position` in `document`. */
  show(document: vscode.TextDocument, position: vscode.Position, data: PreviewData): void {
    this.document = document;
    this.position = position;
    this.data = data;
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(
        'smslint.preview',
        'SMS Preview',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media')] },
      );
      this.lastHtml = emptyBodyHtml('Loading…');
      this.panel.webview.html = this.documentHtml(this.panel.webview, this.lastHtml);
      const panel = this.panel;
      panel.webview.onDidReceiveMessage((message: { type?: unknown }) => {
        if (message?.type === 'ready') void panel.webview.postMessage({ type: 'update', html: this.lastHtml });
      });
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.scheduleUpdate.cancel();
      });
    } else {
      this.panel.reveal(undefined, true);
    }
    void this.update();
  }

  private documentHtml(webview: vscode.Webview, bodyHtml: string): string {
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', file)).toString();
    return previewDocumentHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      styleUri: media('preview.css'),
      scriptUri: media('preview.js'),
      bodyHtml,
    });
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const panel = this.panel;
    const document = this.document;
    const client = this.getClient();
    if (!panel || !document) return;
    let html: string;
    if (!client || !client.isRunning()) {
      html = emptyBodyHtml('The smslint language server is not running (see the "smslint.enable" setting).');
    } else {
      try {
        html = await this.body(client, document);
      } catch (error) {
        html = emptyBodyHtml(`No preview: ${(error as Error).message}`);
      }
    }
    if (generation !== this.generation || this.panel !== panel) return;
    this.lastHtml = html;
    void panel.webview.postMessage({ type: 'update', html });
  }

  private async body(client: LanguageClient, document: vscode.TextDocument): Promise<string> {
    const sampleInfo = await requestTemplateInfo(client, document, this.position);
    if (!sampleInfo) return emptyBodyHtml('Place the cursor inside a template to preview it.');
    let info = sampleInfo;
    let renderProblems: string[] = [];
    if (this.data.values) {
      // Loaded on first use: it bundles the core (see scripts/build.mjs).
      const { countOptionsForFile, renderWithData } = await import('./data-rendering.js');
      const onDisk = document.uri.scheme === 'file';
      const configPath = vscode.workspace.getConfiguration('smslint', document.uri).get<string>('configPath', '');
      const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.fsPath;
      const rendering = renderWithData(sampleInfo, {
        text: document.getText(),
        filePath: onDisk ? document.uri.fsPath : document.uri.path,
        offset: document.offsetAt(this.position),
        data: this.data.values,
        // Configs are discovered on local disk only (see capabilities.virtualWorkspaces).
        countOptions: onDisk ? countOptionsForFile(document.uri.fsPath, configPath || undefined, folder) : {},
      });
      if (rendering) ({ info, problems: renderProblems } = rendering);
    }
    if (this.panel) this.panel.title = `SMS Preview: ${info.templateId}`;
    const budget = segmentBudget(vscode.languages.getDiagnostics(document.uri), info.range);
    return previewBodyHtml(previewModel(info, { budget, dataSource: this.data.label, renderProblems }));
  }

  dispose(): void {
    this.scheduleUpdate.cancel();
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
