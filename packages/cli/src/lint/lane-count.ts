import { availableParallelism, cpus } from 'node:os';

/**
 * Files an extra lane must get to pay for itself. A worker thread loads the bundle, and its
 * isolate warms up and optimises the analysis code all over again: about 1.2 s of CPU on the
 * bench machine, some 700 files' worth. Measured on 2 idle cores: one worker lost at 1,000
 * files and saved a fifth of the wall time at 4,000.
 */
export const MIN_FILES_PER_LANE = 600;

/** CPU time counters of the machine (all cores) at one moment, and the cores this process may use. */
export interface CpuSample {
  /** Idle time summed over all cores, ms (`os.cpus()`: Linux counts in 10 ms ticks). */
  idle: number;
  /** All time summed over all cores, ms. */
  total: number;
  /** Cores counted (the length of `os.cpus()`). */
  cores: number;
  /** Cores this process may run on (`os.availableParallelism()`: CPU affinity, container limits). */
  usable: number;
}

export function sampleCpu(): CpuSample {
  let idle = 0;
  let total = 0;
  const all = cpus();
  for (const { times } of all) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  return { idle, total, cores: Math.max(1, all.length), usable: availableParallelism() };
}

/** Below this many ms of counted core time the 10 ms ticks say too little to act on. */
const MIN_WINDOW = 120;

/**
 * Cores that sat idle on average between two samples, this process's own work included,
 * or undefined when the window is too short to tell. Measured while the main thread is
 * already linting, this is exactly the room a worker would have: unlike the load average
 * (a minute-long trailing mean), it sees a build step that just ended or one that just began.
 */
export function idleCoresBetween(before: CpuSample, after: CpuSample): number | undefined {
  const total = after.total - before.total;
  if (total < MIN_WINDOW) return undefined;
  return (after.cores * (after.idle - before.idle)) / total;
}

/**
 * Worker threads to add to a run that still has `files` files in `batches` batches, given
 * the idle cores measured while the main thread linted its first batch: one per idle core,
 * counting a core from 0.4 idle (during that first batch this process's own JIT compiler and
 * garbage collector threads keep about half of a spare core busy, and they quieten down once
 * the code is warm), at most one per batch and only as many as get MIN_FILES_PER_LANE files
 * each. On a machine whose cores are busy a worker only waits for a core and then pays its
 * start-up again: measured on 2 busy cores, one worker cost 40 % more CPU and made the run slower.
 */
export function workersToAdd(files: number, batches: number, idleCores: number, usableCores: number): number {
  // Idle cores this process may not run on do not count.
  const idle = Math.min(Math.floor(idleCores + 0.6), usableCores - 1);
  // Lanes (the main thread's included) that would each get MIN_FILES_PER_LANE files.
  const worthwhile = Math.floor(files / MIN_FILES_PER_LANE) - 1;
  return Math.max(0, Math.min(idle, batches, worthwhile));
}
