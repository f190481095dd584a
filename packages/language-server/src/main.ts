/**
 * Entry point of `smslint-language-server`. The transport comes from the command line,
 * as vscode-languageserver reads it: `--stdio`, `--node-ipc` or `--socket=<port>`.
 */
import { Console } from 'node:console';
import { createConnection, Message, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type MessageStrategy } from 'vscode-languageserver/node';
import { diagnosticsEncoder } from './diagnostics-encoder.js';
import { InputQuiet } from './input-quiet.js';
import { startServer } from './server.js';

const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: smslint-language-server --stdio | --node-ipc\n' +
      'Language server for smslint (SMS reply templates: *.sms.md catalogs and *.sms files).\n',
  );
  process.exit(0);
}
if (!args.some((arg) => TRANSPORT_FLAGS.some((flag) => arg.startsWith(flag)))) {
  process.stderr.write('smslint-language-server: choose a transport: --stdio or --node-ipc\n');
  process.exit(2);
}

// A bug in one handler must never take the editor's server down: log and keep serving.
process.on('uncaughtException', (error) => {
  process.stderr.write(`smslint-language-server: uncaught ${error?.stack ?? String(error)}\n`);
});
process.on('unhandledRejection', (reason) => {
  process.stderr.write(`smslint-language-server: unhandled rejection ${String(reason)}\n`);
});

const inputQuiet = new InputQuiet();
if (args.includes('--stdio')) {
  // The writer is built here to give it an encoder that re-uses unchanged diagnostics' JSON
  // (diagnostics-encoder.ts). What vscode-languageserver does when it builds the stdio
  // transport itself is done here too: console output goes to stderr (stdout carries the
  // protocol), and the end of stdin ends the server (exit code 0 only after `shutdown`).
  Object.defineProperty(globalThis, 'console', { value: new Console({ stdout: process.stderr, stderr: process.stderr }), configurable: true, writable: true });
  let shutdownReceived = false;
  const messageStrategy: MessageStrategy = {
    handleMessage: (message, next) => {
      if (Message.isRequest(message) && message.method === 'shutdown') shutdownReceived = true;
      return inputQuiet.messageStrategy.handleMessage(message, next);
    },
  };
  const reader = new StreamMessageReader(process.stdin);
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: diagnosticsEncoder() });
  for (const event of ['end', 'close']) process.stdin.on(event, () => process.exit(shutdownReceived ? 0 : 1));
  startServer(createConnection(ProposedFeatures.all, reader, writer, { messageStrategy }), inputQuiet);
} else {
  startServer(createConnection(ProposedFeatures.all, { messageStrategy: inputQuiet.messageStrategy }), inputQuiet);
}
