/** Starts the bundled smslint language server (dist/server.js) and its client. */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { isSmsCatalog, SMS_DOCUMENT_SELECTOR } from './sms-documents.js';
import type { SourceDocumentFilter } from './source-documents.js';

export const CLIENT_ID = 'smslint';

/** The folder for the server's code cache, created if needed; undefined where storage is not a local folder. */
function codeCacheDir(context: vscode.ExtensionContext): string | undefined {
  if (context.globalStorageUri.scheme !== 'file') return undefined;
  const dir = path.join(context.globalStorageUri.fsPath, 'code-cache');
  try {
    // Private: the loader ignores a cache folder others could write to.
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * `sources`: the locale files the workspace's configs select (see source-documents.ts);
 * `onDiagnostics`: called whenever diagnostics arrive, pushed or pulled (startup-timings.ts).
 */
export function createClient(
  context: vscode.ExtensionContext,
  output: vscode.LogOutputChannel,
  sources: SourceDocumentFilter[] = [],
  onDiagnostics: () => void = () => undefined,
): LanguageClient {
  // The launcher loads dist/server.js from a code cache in the extension's global storage.
  const module = context.asAbsolutePath('dist/server-launcher.js');
  const cacheDir = codeCacheDir(context);
  // The launcher's code cache (@smslint/core/load-bundle) lives in our storage, not in the OS temp folder.
  const env = cacheDir ? { SMSLINT_COMPILE_CACHE: cacheDir } : {};
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [...SMS_DOCUMENT_SELECTOR, ...sources],
    outputChannel: output,
    middleware: {
      // A *.sms.md catalog is a Markdown document: VS Code's Markdown outline already lists its
      // `##` templates, so the server's symbols would be a second outline in the breadcrumbs
      // and in Go to Symbol. Keep one; *.sms files (no Markdown outline) keep the server's.
      provideDocumentSymbols: (document, token, next) => (isSmsCatalog(document) ? [] : next(document, token)),
      handleDiagnostics: (uri, diagnostics, next) => {
        onDiagnostics();
        next(uri, diagnostics);
      },
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report) onDiagnostics();
        return report;
      },
    },
    synchronize: {
      // The server pulls `smslint.*` settings (workspace/configuration) and re-reads configs when they change.
      configurationSection: 'smslint',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{smslint.config.json,.smslintrc.json}'),
    },
  };
  // The id makes vscode-languageclient honour the `smslint.trace.server` setting.
  return new LanguageClient(CLIENT_ID, 'smslint', serverOptions, clientOptions);
}

