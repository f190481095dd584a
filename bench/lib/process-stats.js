/**
 * A Linux process's CPU time and memory from /proc (the benches measure servers they
 * spawned): CPU time is robust to a loaded machine, unlike wall time.
 */
import { readFileSync } from 'node:fs';

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
