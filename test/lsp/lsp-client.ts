/**
 * A real JSON-RPC client for the protocol tests: spawns the built language server as a
 * separate process over stdio and speaks LSP to it with vscode-languageserver-protocol.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

export const SERVER_BIN = fileURLToPath(new URL('../../packages/language-server/bin/smslint-language-server.js', import.meta.url));

export interface StartOptions {
  rootDir: string;
  initializationOptions?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  /** Answers `workspace/configuration` for the `smslint` section. */
  settings?: Record<string, unknown>;
}

export const DEFAULT_CAPABILITIES: ClientCapabilities = {
  textDocument: {
    publishDiagnostics: { versionSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    inlayHint: {},
    completion: { completionItem: { snippetSupport: true } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
  workspace: {
    configuration: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
};

export class LspTestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly registrations: string[] = [];
  /** window/showDocument requests and window/showMessage notifications the server sent. */
  readonly shownDocuments: Array<{ uri: string; selection?: unknown; takeFocus?: boolean; external?: boolean }> = [];
  readonly shownMessages: Array<{ type: number; message: string }> = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  private waiters: Array<() => void> = [];
  stderr = '';

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    readonly initializeResult: InitializeResult,
  ) {}

  static async start(options: StartOptions): Promise<LspTestClient> {
    const child = spawn(process.execPath, [SERVER_BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], cwd: options.rootDir });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    let client: LspTestClient | undefined;
    const early: PublishDiagnosticsParams[] = [];
    let stderr = '';
    child.stderr!.on('data', (chunk) => {
      stderr += String(chunk);
      if (client) client.stderr = stderr;
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      if (client) client.receive(params);
      else early.push(params);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => options.settings ?? {}));
    connection.onRequest('client/registerCapability', (params: { registrations: Array<{ method: string }> }) => {
      client?.registrations.push(...params.registrations.map((r) => r.method));
      return null;
    });
    connection.onRequest('window/showDocument', (params: LspTestClient['shownDocuments'][number]) => {
      client?.shownDocuments.push(params);
      return { success: true };
    });
    connection.onNotification('window/showMessage', (params: { type: number; message: string }) => client?.shownMessages.push(params));
    connection.onNotification('window/logMessage', () => undefined);
    connection.listen();
    const rootUri = new URL(`file://${options.rootDir}/`).href;
    // A server that dies while starting must fail the test, not hang it.
    const died = new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`language server exited with ${code} during initialize:\n${stderr}`))),
    );
    const initializeResult = (await Promise.race([died, connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'root' }],
      capabilities: options.capabilities ?? DEFAULT_CAPABILITIES,
      initializationOptions: options.initializationOptions ?? { debounceMs: 0 },
    })])) as InitializeResult;
    died.catch(() => undefined);
    client = new LspTestClient(child, connection, initializeResult);
    client.stderr = stderr;
    for (const params of early) client.receive(params);
    await connection.sendNotification('initialized', {});
    return client;
  }

  private receive(params: PublishDiagnosticsParams): void {
    this.diagnostics.push(params);
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Waits for a publishDiagnostics matching `test` (received from now or already). */
  async waitForDiagnostics(test: (params: PublishDiagnosticsParams) => boolean, timeoutMs = 20_000, from = 0): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.diagnostics.slice(from).find(test);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no matching diagnostics; got ${JSON.stringify(this.diagnostics.slice(-3))}\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Polls `test` until it holds (state the server changes asynchronously, e.g. registrations). */
  async waitUntil(test: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!test()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${this.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Diagnostics for `uri` at exactly `version`. */
  diagnosticsAt(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics((p) => p.uri === uri && p.version === version);
  }

  async open(uri: string, text: string, languageId = 'sms-template'): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends one incremental change and mirrors it locally; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    let text = this.texts.get(uri) ?? '';
    for (const change of changes) text = applyChange(text, change);
    this.texts.set(uri, text);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? '';
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      this.process.kill();
    }
    const code = await Promise.race([exited, new Promise<null>((resolve) => setTimeout(() => resolve(null), 5_000))]);
    if (code === null && this.process.exitCode === null) this.process.kill();
    this.connection.dispose();
    return code;
  }
}

/** Offset of an LSP position in `text` (UTF-16; LF, CRLF and CR line breaks). */
export function offsetAt(text: string, position: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < position.line && i < text.length) {
    const c = text[i];
    i++;
    if (c === '\r' && text[i] === '\n') i++;
    if (c === '\n' || c === '\r') line++;
  }
  let end = i;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return Math.min(i + position.character, end);
}

export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}

export function applyChange(text: string, change: TextDocumentContentChangeEvent): string {
  if (!('range' in change) || !change.range) return change.text;
  return text.slice(0, offsetAt(text, change.range.start)) + change.text + text.slice(offsetAt(text, change.range.end));
}

/** Applies LSP text edits (non-overlapping) to `text`, bottom-up. */
export function applyEdits(text: string, edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>): string {
  const resolved = edits
    .map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of resolved) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
