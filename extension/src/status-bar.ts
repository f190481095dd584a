/** The status bar item showing the segment count of the template under the cursor. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { debounce } from './debounce.js';
import { segmentBudget } from './segment-budget.js';
import { isSmsDocument } from './sms-documents.js';
import { statusBarView } from './status-bar-model.js';
import { requestTemplateInfo } from './template-info-client.js';

export const PREVIEW_COMMAND = 'smslint.previewTemplate';

export class TemplateStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly scheduleRefresh = debounce(() => void this.refresh(), 200);
  /** Drops answers to requests that a newer request has overtaken. */
  private generation = 0;

  constructor(private readonly getClient: () => LanguageClient | undefined) {
    this.item = vscode.window.createStatusBarItem('smslint.segments', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'smslint segments';
    this.item.command = { title: 'Preview Template', command: PREVIEW_COMMAND, arguments: [{ data: 'samples' }] };
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.scheduleRefresh()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.scheduleRefresh();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.scheduleRefresh();
      }),
      // The budget comes from the segment-budget diagnostic, which lands after each lint.
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (e.uris.some((uri) => uri.toString() === active)) this.scheduleRefresh();
      }),
    );
    this.scheduleRefresh();
  }

  /** Re-query now (e.g. after the server restarted). */
  refreshSoon(): void {
    this.scheduleRefresh();
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const editor = vscode.window.activeTextEditor;
    const client = this.getClient();
    if (!editor || !client || !client.isRunning() || !isSmsDocument(editor.document)) {
      this.item.hide();
      return;
    }
    try {
      const info = await requestTemplateInfo(client, editor.document, editor.selection.active);
      if (generation !== this.generation) return;
      if (!info) {
        this.item.hide();
        return;
      }
      const budget = segmentBudget(vscode.languages.getDiagnostics(editor.document.uri), info.range);
      const view = statusBarView(info, budget);
      this.item.text = `$(device-mobile) ${view.text}`;
      this.item.tooltip = view.tooltip;
      this.item.backgroundColor =
        view.severity === 'warning' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.item.show();
    } catch {
      // The server is restarting or does not answer this request: show nothing rather than stale counts.
      if (generation === this.generation) this.item.hide();
    }
  }

  dispose(): void {
    this.scheduleRefresh.cancel();
    for (const d of this.disposables) d.dispose();
  }
}
