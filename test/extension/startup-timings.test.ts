/** The extension's first-impression line: what it counts from, once, and read back by the e2e test and bench/editor. */
import { describe, expect, it } from 'vitest';
import { parseStartupTimings, StartupTimings } from '../../extension/src/startup-timings.js';

const clock = (times: number[]) => () => times.shift()!;

describe('startup timings', () => {
  it('counts from activation when a template was open then, and reports the first diagnostics once', () => {
    const timings = new StartupTimings(clock([100, 340, 520, 999]));
    timings.templateOpened(true);
    timings.serverReady(); // 340
    const line = timings.diagnosticsArrived(); // 520
    expect(line).toBe('first diagnostics 420 ms after activation (server ready after 240 ms)');
    expect(timings.diagnosticsArrived()).toBeUndefined();
    expect(parseStartupTimings(`2026-12-06 11:52:24.058 [info] ${line}\n`)).toEqual([{ from: 'activation', firstDiagnosticsMs: 420, serverReadyMs: 240 }]);
  });

  it('counts from the opening of the first template when none was open at activation', () => {
    const timings = new StartupTimings(clock([0, 5_000, 5_200, 5_300, 6_000]));
    expect(timings.diagnosticsArrived()).toBeUndefined(); // no template yet: nothing to time
    timings.templateOpened(false); // 5,000
    timings.templateOpened(false); // a second template changes nothing
    timings.serverReady(); // 5,200
    expect(timings.diagnosticsArrived()).toBe('first diagnostics 300 ms after template opened (server ready after 200 ms)');
    expect(timings.report()).toEqual({ from: 'template opened', serverReadyMs: 200, firstDiagnosticsMs: 300 });
  });
});
