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
 * `initialized`. Returns the server's `initialize` result.
 */
export async function startSession(connection, rootDir, { capabilities = PUSH_CLIENT, ...params } = {}) {
  connection.onRequest('workspace/configuration', (request) => request.items.map(() => ({})));
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const result = await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(rootDir).href, capabilities, ...params });
  await connection.sendNotification('initialized', {});
  return result;
}
