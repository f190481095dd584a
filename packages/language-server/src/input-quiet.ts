import type { MessageStrategy } from 'vscode-languageserver/node';

/**
 * Tells when the server has caught up with what the client sent. vscode-jsonrpc dispatches
 * queued messages one per event-loop turn, so a lint timer (0 ms with `debounceMs: 0`)
 * fires between two queued keystrokes and lints a version that is already stale: in a
 * burst, nearly every keystroke started a full pass, and typing fell seconds behind.
 * The scheduler waits instead until a whole turn of the event loop (which reads the input
 * and dispatches what it read) dispatched no message: the version it then lints is the
 * newest the client has sent.
 */
export class InputQuiet {
  private dispatched = 0;

  /** Give to `createConnection`: counts every incoming message as it is dispatched. */
  readonly messageStrategy: MessageStrategy = {
    handleMessage: (message, next) => {
      this.dispatched++;
      return next(message);
    },
  };

  /**
   * Calls `run` once a turn of the event loop has passed with no message dispatched, or
   * after `maxWaitMs` at the latest, so that a client that never pauses still gets results.
   * Each check is a 0 ms timer: timers run before the turn's input is read and dispatched,
   * so one check sees everything dispatched since the previous one.
   */
  whenQuiet(run: () => void, maxWaitMs: number): { cancel(): void } {
    const deadline = Date.now() + maxWaitMs;
    let seen = this.dispatched;
    let timer: NodeJS.Timeout;
    const check = () => {
      if (this.dispatched === seen || Date.now() >= deadline) {
        run();
        return;
      }
      seen = this.dispatched;
      timer = setTimeout(check, 0);
    };
    timer = setTimeout(check, 0);
    return { cancel: () => clearTimeout(timer) };
  }
}
