import { describe, expect, it } from 'vitest';
import { InputQuiet } from '../../packages/language-server/src/input-quiet.js';

/** Dispatches one fake message per event-loop turn, `count` times, like vscode-jsonrpc's queue. */
function dispatchEachTurn(quiet: InputQuiet, count: number): Promise<void> {
  return new Promise((resolve) => {
    let left = count;
    const next = () => {
      if (left-- === 0) return resolve();
      quiet.messageStrategy.handleMessage({ jsonrpc: '2.0' }, () => undefined);
      setImmediate(next);
    };
    setImmediate(next);
  });
}

describe('InputQuiet', () => {
  it('runs at once when nothing is being dispatched', async () => {
    const quiet = new InputQuiet();
    const ran = await new Promise<boolean>((resolve) => quiet.whenQuiet(() => resolve(true), 10_000));
    expect(ran).toBe(true);
  });

  it('waits while messages are still being dispatched, then runs after the last one', async () => {
    const quiet = new InputQuiet();
    let dispatched = 0;
    const original = quiet.messageStrategy.handleMessage;
    quiet.messageStrategy.handleMessage = (message, next) => {
      dispatched++;
      return original(message, next);
    };
    const burst = dispatchEachTurn(quiet, 2_000);
    const seenAtRun = await new Promise<number>((resolve) => quiet.whenQuiet(() => resolve(dispatched), 60_000));
    await burst;
    expect(seenAtRun).toBe(2_000);
  });

  it('runs by its deadline even when the input never pauses', async () => {
    const quiet = new InputQuiet();
    let stop = false;
    const flood = () => {
      if (stop) return;
      quiet.messageStrategy.handleMessage({ jsonrpc: '2.0' }, () => undefined);
      setImmediate(flood);
    };
    setImmediate(flood);
    const ran = await new Promise<boolean>((resolve) => quiet.whenQuiet(() => resolve(true), 30));
    stop = true;
    expect(ran).toBe(true);
  });

  it('does not run once cancelled', async () => {
    const quiet = new InputQuiet();
    let ran = false;
    quiet.whenQuiet(() => (ran = true), 10).cancel();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ran).toBe(false);
  });
});
