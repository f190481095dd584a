import { describe, expect, it } from 'vitest';
import { type CpuSample, idleCoresBetween, MIN_FILES_PER_LANE, workersToAdd } from '../../packages/cli/src/lint/lane-count.js';

const sample = (idle: number, total: number, cores = 2): CpuSample => ({ idle, total, cores, usable: cores });

describe('workersToAdd (worker threads joining the main thread after its first batch)', () => {
  it('adds none to a run too small to share', () => {
    expect(workersToAdd(2 * MIN_FILES_PER_LANE - 1, 8, 8, 8)).toBe(0);
    expect(workersToAdd(0, 0, 4, 8)).toBe(0);
  });

  it('adds one per whole idle core, while each lane still gets MIN_FILES_PER_LANE files', () => {
    expect(workersToAdd(2 * MIN_FILES_PER_LANE, 8, 1, 8)).toBe(1);
    expect(workersToAdd(10 * MIN_FILES_PER_LANE, 40, 3, 8)).toBe(3);
    expect(workersToAdd(3 * MIN_FILES_PER_LANE, 40, 7, 8)).toBe(2);
    expect(workersToAdd(10 * MIN_FILES_PER_LANE, 2, 7, 8)).toBe(2);
  });

  it('counts a core as idle from 0.4 (its own JIT and GC threads take some of the spare core at first)', () => {
    expect(workersToAdd(5000, 100, 0.39, 8)).toBe(0);
    expect(workersToAdd(5000, 100, 0.4, 8)).toBe(1);
    expect(workersToAdd(5000, 100, 1.39, 8)).toBe(1);
    expect(workersToAdd(5000, 100, 1.4, 8)).toBe(2);
  });

  it('adds none beyond the cores this process may use', () => {
    expect(workersToAdd(5000, 100, 3, 2)).toBe(1);
    expect(workersToAdd(5000, 100, 3, 1)).toBe(0);
  });

  it('adds none on a busy machine', () => {
    expect(workersToAdd(5000, 100, 0, 8)).toBe(0);
    expect(workersToAdd(5000, 100, 0.25, 8)).toBe(0);
  });
});

describe('idleCoresBetween (idle cores measured over a window, from the CPU counters)', () => {
  it('is the idle share of all core time, in cores', () => {
    // 2 cores, 300 ms of core time, 150 of them idle: one core idle on average.
    expect(idleCoresBetween(sample(1000, 5000), sample(1150, 5300))).toBe(1);
    expect(idleCoresBetween(sample(0, 0, 8), sample(400, 800, 8))).toBe(4);
    expect(idleCoresBetween(sample(70, 100), sample(70, 500))).toBe(0);
  });

  it('says nothing when the window holds too few 10 ms ticks', () => {
    expect(idleCoresBetween(sample(0, 0), sample(30, 60))).toBeUndefined();
  });
});
