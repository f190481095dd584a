/**
 * The `--stdio` connection, with diagnostics-encoding.ts as its JSON encoder.
 *
 * vscode-languageserver builds its own stdio writer when it reads `--stdio` itself, with no
 * way to pass an encoder; here the writer is ours and the input stays process.stdin, which
 * the library still watches (the server exits when the client closes the pipe). What the
 * library does besides for stdio is done here too: console output goes to the client's log
 * (window/logMessage), never into the protocol stream on stdout.
 */
import { format } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type MessageReader, type MessageStrategy, type MessageWriter } from 'vscode-languageserver/node';
import { diagnosticsEncoder } from './diagnostics-encoding.js';

export function stdioConnection(messageStrategy: MessageStrategy): Connection {
  const writer: MessageWriter = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: diagnosticsEncoder });
  // The library takes a readable stream and a writer together (createMessageConnection wraps
  // each side that is a stream), though its typed overloads pair stream + stream or reader +
  // writer; a stream input keeps the library's exit when the client closes it.
  const input = process.stdin as unknown as MessageReader;
  const connection = createConnection(ProposedFeatures.all, input, writer, { messageStrategy });
  routeConsole(connection);
  return connection;
}

function routeConsole(connection: Connection): void {
  const send = (level: 'log' | 'info' | 'warn' | 'error') => (...args: unknown[]) => connection.console[level](format(...args));
  console.log = send('log');
  console.debug = send('log');
  console.dir = send('log');
  console.trace = send('log');
  console.info = send('info');
  console.warn = send('warn');
  console.error = send('error');
}
