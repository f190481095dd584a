/**
 * Entry point of `smslint-language-server`. The transport comes from the command line,
 * as vscode-languageserver reads it: `--stdio`, `--node-ipc` or `--socket=<port>`.
 */
// First, so the heap is tuned before the rest of the server is loaded.
import { tuneHeap } from './heap-tuning.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { InputQuiet } from './input-quiet.js';
import { serverVersion } from './server-version.js';
import { startServer } from './server.js';
import { stdioConnection } from './stdio-transport.js';

const TRANSPORT_FLAGS = ['--stdio', '--node-ipc', '--socket=', '--pipe='];
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(
    'Usage: smslint-language-server --stdio | --node-ipc | --version\n' +
      'Language server for smslint (SMS reply templates: *.sms.md catalogs and *.sms files).\n',
  );
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`${serverVersion()}\n`);
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

tuneHeap();
const inputQuiet = new InputQuiet();
// stdio gets the writer that sends diagnostics as encoded per template (stdio-transport.ts).
const connection = args.includes('--stdio')
  ? stdioConnection(inputQuiet.messageStrategy)
  : createConnection(ProposedFeatures.all, { messageStrategy: inputQuiet.messageStrategy });
startServer(connection, inputQuiet);
