/**
 * A Linux process's CPU time and memory from /proc (the benches measure servers they
 * spawned): CPU time is robust to a loaded machine, unlike wall time.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** CPU time (user + system, ms) of process `pid`. */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory and its peak (MiB) of process `pid`. */
export function memoryMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}

/** Ends a language server the way an editor does (shutdown, exit) and waits for the process. */
export async function stopServer(connection, child) {
  await connection.sendRequest('shutdown');
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await connection.sendNotification('exit');
  await exited;
  connection.dispose();
}

/** The capabilities the benches' stand-in editor announces: pushed, versioned diagnostics and settings. */
const PUSH_CLIENT = { textDocument: { publishDiagnostics: { versionSupport: true } }, workspace: { configuration: true } };

/**
 * Starts a language server session the way an editor does: answers settings (defaults) and
 * capability registrations, listens, sends `initialize` for the folder `rootDir` and then
 * `initialized`. Returns the server's `initialize` result. With `child` (the server's
 * process), a server that exits before it answers fails the bench with its exit code
 * instead of leaving the bench waiting forever (e.g. a peer whose package is not installed).
 */
export async function startSession(connection, rootDir, { capabilities = PUSH_CLIENT, child, name = 'the server', ...params } = {}) {
  connection.onRequest('workspace/configuration', (request) => request.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const initialize = connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(rootDir).href, capabilities, ...params });
  const result = child ? await Promise.race([initialize, exitBeforeAnswer(child, name)]) : await initialize;
  await connection.sendNotification('initialized', {});
  return result;
}

/** Rejects when `child` exits (a server that answered `initialize` first never gets here). */
function exitBeforeAnswer(child, name) {
  return new Promise((_, reject) => {
    child.once('exit', (code, signal) => {
      reject(new Error(`${name} exited (${signal ?? `code ${code}`}) before answering initialize; see its error output above (a missing package: run npm ci)`));
    });
  });
}
