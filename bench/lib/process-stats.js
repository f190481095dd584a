/**
 * What a Linux process has used, read from /proc: CPU time is robust to a loaded machine,
 * unlike wall time; VmRSS / VmHWM are its resident memory and the peak of it.
 */
import { readFileSync } from 'node:fs';

/** CPU time (user + system, ms) of process `pid`. */
export function cpuMs(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Resident memory and its peak so far (MiB) of process `pid`. */
export function memoryMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
}
