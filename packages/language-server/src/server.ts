/**
 * The smslint language server: document management, scheduling and the LSP handlers.
 * All analysis is @smslint/core; this file only wires it to the protocol.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CONFIG_FILE_NAMES,
  getRule,
  isIgnored,
  lintText,
  parseOptionsFor,
  templateAt,
  sourceFileConfig,
  type LintOptions,
  type ResolvedConfig,
  type TemplateFile,
} from '@smslint/core';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { codeActions, FIX_ALL_KIND, OPEN_RULE_DOCS_COMMAND, wanted } from './code-actions.js';
import { SHOW_WHAT_TO_CUT_COMMAND, whatToCutActions, type WhatToCutArguments } from './what-to-cut.js';
import { bodyCompletions, mustachePrefix, variableCompletions } from './completion.js';
import { ConfigService } from './config-service.js';
import { withDiagnostic } from './diagnostics-encoding.js';
import { DocumentAnalysis, type LintOutcome, type Snapshot } from './document-analysis.js';
import { filePathOf, isSmsDocument } from './document-path.js';
import { documentSymbols } from './document-symbols.js';
import { foldingRanges } from './folding-ranges.js';
import { limitedAnalysisDiagnostic, tooLargeDiagnostic } from './limited-analysis.js';
import { pieceTextDocuments, type PieceTextDocument } from './piece-text-document.js';
import { LintScheduler, type QuietInput } from './lint-scheduler.js';
import { describeError, markInitializeReceived, requestRefusal, safeNotification, safeRequest } from './safe-handler.js';
import { DEFAULT_SETTINGS, readClientSettings, readServerOptions, type ClientSettings, type ServerOptions } from './settings.js';
import { TEMPLATE_INFO_METHOD, type TemplateInfoParams } from './template-info-protocol.js';
import { localeComparisons } from './locale-comparison.js';
import { localeFileCodeLenses, localeFileHover, templateCodeLenses, templateHover, templateInfo, templateInlayHints, type ComparisonOf } from './template-view.js';
import { serverVersion } from './server-version.js';

interface ClientSupport {
  pullDiagnostics: boolean;
  diagnosticRefresh: boolean;
  configuration: boolean;
  watchedFilesRegistration: boolean;
  configurationRegistration: boolean;
  showDocument: boolean;
  inlayHintRefresh: boolean;
  codeLensRefresh: boolean;
}

function clientSupport(capabilities: ClientCapabilities): ClientSupport {
  return {
    pullDiagnostics: !!capabilities.textDocument?.diagnostic,
    diagnosticRefresh: !!capabilities.workspace?.diagnostics?.refreshSupport,
    configuration: !!capabilities.workspace?.configuration,
    watchedFilesRegistration: !!capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    configurationRegistration: !!capabilities.workspace?.didChangeConfiguration?.dynamicRegistration,
    showDocument: !!capabilities.window?.showDocument?.support,
    inlayHintRefresh: !!capabilities.workspace?.inlayHint?.refreshSupport,
    codeLensRefresh: !!capabilities.workspace?.codeLens?.refreshSupport,
  };
}

/** What a finished lint leaves for publishing / pulling. */
interface Published {
  version: number;
  diagnostics: Diagnostic[];
}

/**
 * Serves LSP on `connection`. `quietInput` (main.ts wires it to the connection's message
 * strategy) lets lint passes wait until every queued keystroke has been applied.
 */
export function startServer(connection: Connection, quietInput?: QuietInput): void {
  let options: ServerOptions = readServerOptions(undefined);
  // Edits cost the size of the change, not of the document (piece-text-document.ts): a
  // document too large to lint live is never joined at all.
  const documents = new TextDocuments(pieceTextDocuments);
  const analyses = new Map<string, DocumentAnalysis>();
  const published = new Map<string, Published>();
  let support: ClientSupport = clientSupport({});
  let settings: ClientSettings = { ...DEFAULT_SETTINGS };
  let workspaceRoot: string | null = null;
  let configService = new ConfigService(null);
  /** Bumped whenever config or settings change: cached findings are then stale. */
  let generation = 0;
  const scheduler = new LintScheduler<Published>(options.debounceMs, quietInput);
  const log = (message: string) => connection.console.error(message);

  function analysisOf(uri: string): DocumentAnalysis {
    let analysis = analyses.get(uri);
    if (!analysis) {
      const sourcePath = sourcePathOf(uri);
      const filePath = sourcePath ?? filePathOf(uri, workspaceRoot);
      analysis = new DocumentAnalysis(filePath, () => options.maxAnalysisSize, () => parseOptionsFor(configOf(filePath), filePath), sourcePath !== undefined);
      analyses.set(uri, analysis);
    }
    return analysis;
  }

  /** Too large to analyse live: the document gets one notice and no other answer. */
  function tooLarge(document: PieceTextDocument): boolean {
    return document.textLength > options.maxDocumentSize;
  }

  /** The path of a locale file (JSON, YAML, .po) that its config's `sources` selects, else undefined. */
  function sourcePathOf(uri: string): string | undefined {
    if (!uri.startsWith('file:')) return undefined;
    let filePath: string;
    try {
      filePath = fileURLToPath(uri);
    } catch {
      return undefined;
    }
    return sourceFileConfig(filePath, () => configOf(filePath)) ? filePath : undefined;
  }

  /** Template files, and the locale files the config selects (nothing else in a JSON/YAML workspace). */
  function isLinted(document: PieceTextDocument): boolean {
    return isSmsDocument(document) || sourcePathOf(document.uri) !== undefined;
  }

  /** A linted document that is analysed (requests about others, or too large ones, get empty answers). */
  function smsDocument(uri: string): PieceTextDocument | undefined {
    const document = documents.get(uri);
    return document && isLinted(document) && !tooLarge(document) ? document : undefined;
  }

  /** Editor views (hover, inlay hints, lenses, completion, folding, template info) are for template files. */
  function templateDocument(uri: string): PieceTextDocument | undefined {
    const document = smsDocument(uri);
    return document && !analysisOf(document.uri).isSource ? document : undefined;
  }

  function tooLargeResult(document: PieceTextDocument): Published {
    analyses.delete(document.uri); // frees the parse of an earlier, smaller version
    return { version: document.version, diagnostics: settings.enable ? [tooLargeDiagnostic(document.textLength, options.maxDocumentSize)] : [] };
  }

  function snapshotOf(document: PieceTextDocument): Snapshot {
    return analysisOf(document.uri).snapshot(document.version, document.getText(), () => document.lineStarts());
  }

  function configOf(filePath: string): ResolvedConfig {
    return configService.configFor(filePath).config;
  }

  function lintOptionsOf(analysis: DocumentAnalysis): LintOptions {
    return { filePath: analysis.filePath, config: configOf(analysis.filePath), ruleOverrides: settings.rules };
  }

  /** Lints the document's current version (reusing unchanged templates' findings). */
  function lintNow(document: PieceTextDocument): LintOutcome {
    const analysis = analysisOf(document.uri);
    const snapshot = snapshotOf(document);
    return analysis.lint(snapshot, lintOptionsOf(analysis), generation);
  }

  /** Files the config's `ignore` globs exclude get no diagnostics, as in the CLI. */
  function ignored(filePath: string): boolean {
    return isIgnored(filePath, configOf(filePath));
  }

  /** The diagnostics of document `uri` for its lint `outcome` (converted per template, see template-diagnostics.ts). */
  function diagnosticsOf(uri: string, outcome: LintOutcome): Diagnostic[] {
    if (!settings.enable || ignored(outcome.result.filePath)) return [];
    const { snapshot, runs } = outcome;
    const diagnostics = analysisOf(uri).diagnostics.update(snapshot.text, snapshot.index, snapshot.file.templates, runs);
    return snapshot.limited ? withDiagnostic(diagnostics, limitedAnalysisDiagnostic(snapshot, options.maxAnalysisSize)) : diagnostics;
  }

  function publishConfigDiagnostics(): void {
    const results = [...analyses.values()].map((analysis) => configService.configFor(analysis.filePath));
    for (const { uri, diagnostics } of configService.diagnosticsFor(results)) {
      void connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  function schedule(document: PieceTextDocument): void {
    const uri = document.uri;
    scheduler.schedule(uri, document.version, {
      currentVersion: () => documents.get(uri)?.version ?? null,
      run: () => {
        const current = documents.get(uri);
        if (!current) throw new Error('document closed');
        if (tooLarge(current)) return tooLargeResult(current);
        const outcome = lintNow(current);
        return { version: outcome.version, diagnostics: diagnosticsOf(uri, outcome) };
      },
      deliver: (version, result) => {
        published.set(uri, result);
        if (!support.pullDiagnostics) void connection.sendDiagnostics({ uri, version, diagnostics: result.diagnostics });
      },
      fail: (_version, error) => log(`smslint: lint of ${uri} failed: ${describeError(error)}`),
    });
  }

  /** Config or settings changed: re-lint every open document and refresh editor views. */
  function reanalyseAll(): void {
    generation++;
    for (const analysis of analyses.values()) analysis.invalidate();
    published.clear();
    for (const document of documents.all()) {
      // A config change can add a locale file to `sources` or take it out.
      if (!isSmsDocument(document)) {
        analyses.delete(document.uri);
        if (!support.pullDiagnostics && !isLinted(document)) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      }
      if (isLinted(document)) schedule(document);
    }
    publishConfigDiagnostics();
    if (support.pullDiagnostics && support.diagnosticRefresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
    if (support.inlayHintRefresh && !options.preferCodeLens) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (support.codeLensRefresh && options.preferCodeLens) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  const watchedNames = new Set<string>();
  /** Asks the client to report changes of config files with these names (once per name). */
  function watchConfigFiles(names: string[]): void {
    const fresh = names.filter((name) => !watchedNames.has(name));
    if (!support.watchedFilesRegistration || fresh.length === 0) return;
    for (const name of fresh) watchedNames.add(name);
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: fresh.map((name) => ({ globPattern: `**/${name}` })) })
      .catch((error) => log(`smslint: cannot watch config files: ${describeError(error)}`));
  }

  async function refreshSettings(pushed?: unknown): Promise<void> {
    let raw: unknown = pushed;
    if (support.configuration) {
      try {
        raw = await connection.workspace.getConfiguration({ section: 'smslint' });
      } catch (error) {
        log(`smslint: cannot read settings: ${describeError(error)}`);
      }
    }
    const next = readClientSettings(raw);
    // Clients re-send unchanged settings often: only a real change invalidates results.
    if (JSON.stringify(next) === JSON.stringify(settings)) return;
    settings = next;
    configService.setConfigPath(settings.configPath);
    const unknown = Object.keys(settings.rules).filter((id) => !getRule(id));
    if (unknown.length) {
      void connection.window.showWarningMessage(`smslint: unknown rule${unknown.length > 1 ? 's' : ''} in the smslint.rules setting: ${unknown.join(', ')}`);
    }
    if (settings.configPath) watchConfigFiles([path.basename(settings.configPath)]);
    reanalyseAll();
  }

  connection.onInitialize((params): InitializeResult => {
    markInitializeReceived();
    // Document notifications count only from now on (LSP: dropped before initialize).
    documents.listen(connection);
    params ??= { processId: null, rootUri: null, capabilities: {} };
    options = readServerOptions(params.initializationOptions);
    scheduler.setDebounce(options.debounceMs);
    support = clientSupport(params.capabilities);
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (folder?.startsWith('file:')) {
      try {
        workspaceRoot = fileURLToPath(folder);
      } catch {
        workspaceRoot = null;
      }
    }
    configService = new ConfigService(workspaceRoot);
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['{', '.'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [OPEN_RULE_DOCS_COMMAND, SHOW_WHAT_TO_CUT_COMMAND] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'smslint-language-server', version: serverVersion() },
    };
    // Lenses always: they also say how a template's other locales compare; the summary is a
    // lens only when the client prefers lenses to inlay hints.
    result.capabilities.codeLensProvider = { resolveProvider: false };
    if (!options.preferCodeLens) result.capabilities.inlayHintProvider = true;
    if (support.pullDiagnostics) {
      result.capabilities.diagnosticProvider = { identifier: 'smslint', interFileDependencies: false, workspaceDiagnostics: false };
    }
    return result;
  });

  connection.onInitialized(
    safeNotification('initialized', log, () => {
      watchConfigFiles([...CONFIG_FILE_NAMES]);
      if (support.configurationRegistration) {
        void connection.client.register(DidChangeConfigurationNotification.type, { section: 'smslint' }).catch(() => undefined);
      }
      if (support.configuration) void refreshSettings();
    }),
  );

  connection.onDidChangeConfiguration(
    safeNotification('didChangeConfiguration', log, (params) => {
      const pushed = (params.settings as { smslint?: unknown } | null)?.smslint;
      void refreshSettings(pushed);
    }),
  );

  connection.onDidChangeWatchedFiles(
    safeNotification('didChangeWatchedFiles', log, (params) => {
      const touchesConfig = params.changes.some((change) => [...watchedNames, ...CONFIG_FILE_NAMES, ...(settings.configPath ? [path.basename(settings.configPath)] : [])].some((name) => change.uri.endsWith(`/${name}`)));
      if (!touchesConfig) return;
      configService.invalidate();
      reanalyseAll();
    }),
  );

  documents.onDidChangeContent((change) => {
    try {
      if (isLinted(change.document)) schedule(change.document);
    } catch (error) {
      log(`smslint: scheduling failed: ${describeError(error)}`);
    }
  });

  documents.onDidOpen((event) => {
    if (!isLinted(event.document) || tooLarge(event.document)) return;
    analysisOf(event.document.uri);
    publishConfigDiagnostics();
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    scheduler.cancel(uri);
    scheduler.settle(uri, null);
    analyses.delete(uri);
    published.delete(uri);
    if (!support.pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
    const refusal = requestRefusal('diagnostic', params);
    if (refusal) throw refusal; // a thrown ResponseError is sent as that error
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    try {
      const large = documents.get(params.textDocument.uri);
      if (large && isLinted(large) && tooLarge(large)) return { kind: DocumentDiagnosticReportKind.Full, items: tooLargeResult(large).diagnostics };
      const document = smsDocument(params.textDocument.uri);
      if (!document) return empty;
      const uri = document.uri;
      if (scheduler.isPending(uri)) await scheduler.whenSettled(uri, document.version);
      const current = smsDocument(uri);
      if (!current) return empty;
      let result = published.get(uri);
      if (!result || result.version !== current.version) {
        result = { version: current.version, diagnostics: diagnosticsOf(uri, lintNow(current)) };
        published.set(uri, result);
      }
      const resultId = `${generation}:${result.version}`;
      if (params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items: result.diagnostics };
    } catch (error) {
      log(`smslint: diagnostics failed: ${describeError(error)}`);
      return empty;
    }
  });

  connection.onCodeAction(
    safeRequest('codeAction', log, [], (params) => {
      const document = smsDocument(params.textDocument.uri);
      if (!document || !settings.enable || ignored(analysisOf(document.uri).filePath)) return [];
      const outcome = lintNow(document);
      const analysis = analysisOf(document.uri);
      const actions = codeActions({
        uri: document.uri,
        snapshot: outcome.snapshot,
        findings: outcome.result.findings,
        diagnostics: diagnosticsOf(document.uri, outcome),
        lintOptions: lintOptionsOf(analysis),
        lintCache: analysis.lintCache,
        params,
      });
      if (wanted(params.context.only, CodeActionKind.QuickFix)) {
        const offset = outcome.snapshot.index.offsetAt(params.range.start);
        actions.push(...whatToCutActions(document.uri, outcome.snapshot, offset, configOf(analysis.filePath)));
      }
      return actions;
    }),
  );

  connection.onExecuteCommand(
    safeRequest('executeCommand', log, null, (params) => {
      if (params.command === SHOW_WHAT_TO_CUT_COMMAND) {
        const args = params.arguments?.[0] as WhatToCutArguments | undefined;
        if (!args || typeof args.uri !== 'string' || typeof args.message !== 'string' || !args.selection) return null;
        // Select the characters past the boundary where the client can, and always say what to cut.
        if (support.showDocument) void connection.window.showDocument({ uri: args.uri, selection: args.selection, takeFocus: true }).catch(() => undefined);
        // A notification, not showMessageRequest: nothing to answer.
        void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: args.message });
        return null;
      }
      if (params.command !== OPEN_RULE_DOCS_COMMAND) return null;
      const url = params.arguments?.[0];
      if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
      if (support.showDocument) void connection.window.showDocument({ uri: url, external: true }).catch(() => undefined);
      else connection.window.showInformationMessage(`smslint rule documentation: ${url}`);
      return null;
    }),
  );

  /** The lint result of a locale file's current text (the latest, or a fresh lint). */
  function localeFileOf(document: PieceTextDocument): TemplateFile {
    const analysis = analysisOf(document.uri);
    if (analysis.latest?.version === document.version) return analysis.latest.result.file;
    return lintText(document.getText(), lintOptionsOf(analysis)).file;
  }

  /** How each template of `file` compares with its other locales (files next to it, open documents as edited). */
  function comparisonsOf(file: TemplateFile, filePath: string): ComparisonOf {
    const openText = (p: string) => documents.get(pathToFileURL(p).href)?.getText();
    const comparisons = localeComparisons({ ...file, path: filePath }, configOf(filePath), configOf, openText);
    return (template) => comparisons[file.templates.indexOf(template)];
  }

  connection.onHover(
    safeRequest('hover', log, null, (params) => {
      const source = smsDocument(params.textDocument.uri);
      if (source && analysisOf(source.uri).isSource) {
        const file = localeFileOf(source);
        return localeFileHover(file, source.offsetAt(params.position), comparisonsOf(file, analysisOf(source.uri).filePath));
      }
      const document = templateDocument(params.textDocument.uri);
      if (!document) return null;
      const snapshot = snapshotOf(document);
      const filePath = analysisOf(document.uri).filePath;
      return templateHover(snapshot, snapshot.index.offsetAt(params.position), configOf(filePath), comparisonsOf(snapshot.file, filePath));
    }),
  );

  connection.languages.inlayHint.on(
    safeRequest('inlayHint', log, [], (params) => {
      const document = templateDocument(params.textDocument.uri);
      if (!document) return [];
      const snapshot = snapshotOf(document);
      return templateInlayHints(snapshot, params.range, configOf(analysisOf(document.uri).filePath));
    }),
  );

  connection.onCodeLens(
    safeRequest('codeLens', log, [], (params) => {
      const source = smsDocument(params.textDocument.uri);
      if (source && analysisOf(source.uri).isSource) {
        const file = localeFileOf(source);
        return localeFileCodeLenses(file, comparisonsOf(file, analysisOf(source.uri).filePath));
      }
      const document = templateDocument(params.textDocument.uri);
      if (!document) return [];
      const snapshot = snapshotOf(document);
      const filePath = analysisOf(document.uri).filePath;
      return templateCodeLenses(snapshot, configOf(filePath), options.preferCodeLens, comparisonsOf(snapshot.file, filePath));
    }),
  );

  connection.onCompletion(
    safeRequest('completion', log, [], (params) => {
      const document = templateDocument(params.textDocument.uri);
      if (!document) return [];
      const snapshot = snapshotOf(document);
      const offset = snapshot.index.offsetAt(params.position);
      const config = configOf(analysisOf(document.uri).filePath);
      if (mustachePrefix(snapshot.text, offset) !== null) {
        return variableCompletions(templateAt(snapshot.file, offset), config);
      }
      if (snapshot.text[offset - 1] === '{') return []; // the first brace of a `{{` being typed
      if (!templateAt(snapshot.file, offset)) return [];
      return bodyCompletions(config);
    }),
  );

  connection.onDocumentSymbol(
    safeRequest('documentSymbol', log, [], (params) => {
      const document = smsDocument(params.textDocument.uri);
      if (!document) return [];
      const snapshot = snapshotOf(document);
      return documentSymbols(snapshot.file, snapshot.index);
    }),
  );

  connection.onFoldingRanges(
    safeRequest('foldingRange', log, [], (params) => {
      const document = templateDocument(params.textDocument.uri);
      if (!document) return [];
      const snapshot = snapshotOf(document);
      return foldingRanges(snapshot.file, snapshot.index);
    }),
  );

  connection.onRequest(
    TEMPLATE_INFO_METHOD,
    safeRequest('templateInfo', log, null, (params: TemplateInfoParams) => {
      const document = templateDocument(params?.uri);
      if (!document || !params.position) return null;
      const snapshot = snapshotOf(document);
      return templateInfo(snapshot, snapshot.index.offsetAt(params.position), configOf(analysisOf(document.uri).filePath));
    }),
  );

  connection.onShutdown(() => scheduler.dispose());

  // Methods without a handler: -32002 before initialize (LSP), else "method not found".
  connection.onRequest((method, params) => requestRefusal(method, params ?? {}) ?? new ResponseError<void>(ErrorCodes.MethodNotFound, `smslint: unhandled method ${method}`));

  connection.listen();
}
