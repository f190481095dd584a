import { availableParallelism, loadavg } from 'node:os';

/**
 * Files an extra lane must get to pay for itself: a worker thread loads @smslint/core and
 * warms up its JIT before it lints at full speed (about 0.4 s of CPU, some 100 files' worth).
 */
export const MIN_FILES_PER_LANE = 200;

export interface MachineLoad {
  /** Cores this process may use (`os.availableParallelism()`). */
  cores: number;
  /** Runnable tasks averaged over the last minute (`os.loadavg()[0]`; 0 where unsupported). */
  load: number;
}

export function currentMachineLoad(): MachineLoad {
  return { cores: availableParallelism(), load: loadavg()[0] ?? 0 };
}

/**
 * How many lanes (the main thread plus worker threads) lint a run of `files` files in
 * `batches` batches: one per core that is idle on average, at most one per batch, and only
 * as many as get MIN_FILES_PER_LANE files each. On a machine whose cores are already busy
 * a worker only waits for a core and then pays its start-up again: measured on 2 busy
 * cores, one worker cost 40 % more CPU and made the run slower, not faster.
 */
export function laneCount(files: number, batches: number, machine: MachineLoad): number {
  const idleCores = Math.ceil(machine.cores - machine.load);
  const worthwhile = Math.floor(files / MIN_FILES_PER_LANE);
  return Math.max(1, Math.min(machine.cores, batches, idleCores, worthwhile));
}
