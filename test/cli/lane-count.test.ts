import { describe, expect, it } from 'vitest';
import { laneCount, MIN_FILES_PER_LANE } from '../../packages/cli/src/lint/lane-count.js';

const idle = (cores: number) => ({ cores, load: 0 });

describe('laneCount (main thread + workers for a lint run)', () => {
  it('keeps small runs on the main thread', () => {
    expect(laneCount(1, 1, idle(8))).toBe(1);
    expect(laneCount(2 * MIN_FILES_PER_LANE - 1, 8, idle(8))).toBe(1);
  });

  it('adds a lane per MIN_FILES_PER_LANE files, up to the idle cores and the batches', () => {
    expect(laneCount(2 * MIN_FILES_PER_LANE, 8, idle(8))).toBe(2);
    expect(laneCount(10 * MIN_FILES_PER_LANE, 40, idle(4))).toBe(4);
    expect(laneCount(10 * MIN_FILES_PER_LANE, 3, idle(8))).toBe(3);
  });

  it('uses only cores the load average leaves idle', () => {
    expect(laneCount(5000, 100, { cores: 8, load: 5.5 })).toBe(3);
    expect(laneCount(5000, 100, { cores: 2, load: 0.6 })).toBe(2);
    expect(laneCount(5000, 100, { cores: 2, load: 1.5 })).toBe(1);
  });

  it('never goes below one lane, however busy the machine', () => {
    expect(laneCount(5000, 100, { cores: 2, load: 12 })).toBe(1);
    expect(laneCount(0, 0, idle(4))).toBe(1);
  });
});
