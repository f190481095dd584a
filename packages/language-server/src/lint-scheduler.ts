/**
 * Debounced, per-document lint scheduling. Linting runs from a timer, never inside a
 * request handler, and a result is delivered only if the document is still at the version
 * it was computed for: results of a burst of edits that were overtaken are dropped.
 */
export interface LintJob<R> {
  /** Current version of the document, or null once it is closed. */
  currentVersion(): number | null;
  /** Computes the result for the current text (synchronous: core analysis is). */
  run(version: number): R;
  /** Receives results only for the version that is still current. */
  deliver(version: number, result: R): void;
  /** A failure while computing (logged by the caller); the server keeps running. */
  fail(version: number, error: unknown): void;
}

interface Pending {
  /** Stops the debounce timer or the wait for quiet input, whichever is running. */
  cancel(): void;
  version: number;
}

/** Waits until the server has read and dispatched everything the client sent (input-quiet.ts). */
export interface QuietInput {
  whenQuiet(run: () => void, maxWaitMs: number): { cancel(): void };
}

/** Never wait longer than this for quiet input, however long a pass took. */
const MIN_QUIET_WAIT_MS = 50;

export class LintScheduler<R> {
  private readonly pending = new Map<string, Pending>();
  private readonly waiters = new Map<string, Array<{ version: number; resolve: () => void }>>();

  /** Duration of the last pass: the longest a burst may hold back its result. */
  private lastPassMs = 0;

  constructor(
    private debounceMs: number,
    private readonly quiet?: QuietInput,
  ) {}

  setDebounce(ms: number): void {
    this.debounceMs = ms;
  }

  /**
   * (Re)starts the debounce timer of `key` for `version`. When it fires, the pass waits for
   * quiet input first: a newer version still queued in the connection reschedules it.
   * `delayMs` replaces the debounce (0 for a document just opened: nobody is typing yet).
   */
  schedule(key: string, version: number, job: LintJob<R>, delayMs = this.debounceMs): void {
    this.cancel(key);
    const start = () => {
      this.pending.delete(key);
      this.execute(key, version, job);
    };
    const pending: Pending = { version, cancel: () => clearTimeout(timer) };
    const timer = setTimeout(() => {
      if (!this.quiet) return start();
      const wait = this.quiet.whenQuiet(start, Math.max(MIN_QUIET_WAIT_MS, this.lastPassMs));
      pending.cancel = () => wait.cancel();
    }, delayMs);
    this.pending.set(key, pending);
  }

  cancel(key: string): void {
    this.pending.get(key)?.cancel();
    this.pending.delete(key);
  }

  isPending(key: string): boolean {
    return this.pending.has(key);
  }

  /** Resolves once a lint of `key` at `version` (or later) has finished or was abandoned. */
  whenSettled(key: string, version: number): Promise<void> {
    return new Promise((resolve) => {
      const list = this.waiters.get(key) ?? [];
      list.push({ version, resolve });
      this.waiters.set(key, list);
    });
  }

  /** Wakes everyone waiting on `key` (document closed, or a result delivered). */
  settle(key: string, version: number | null): void {
    const list = this.waiters.get(key);
    if (!list) return;
    const remaining = list.filter((waiter) => {
      if (version === null || waiter.version <= version) {
        waiter.resolve();
        return false;
      }
      return true;
    });
    if (remaining.length) this.waiters.set(key, remaining);
    else this.waiters.delete(key);
  }

  private execute(key: string, version: number, job: LintJob<R>): void {
    if (job.currentVersion() !== version) return; // overtaken while waiting
    let result: R;
    const started = performance.now();
    try {
      result = job.run(version);
      this.lastPassMs = performance.now() - started;
    } catch (error) {
      job.fail(version, error);
      this.settle(key, version);
      return;
    }
    // Between run and now nothing else ran (analysis is synchronous), but a closed or
    // re-opened document still must not receive a result for another version.
    if (job.currentVersion() === version) job.deliver(version, result);
    this.settle(key, version);
  }

  dispose(): void {
    for (const pending of this.pending.values()) pending.cancel();
    this.pending.clear();
    for (const key of [...this.waiters.keys()]) this.settle(key, null);
  }
}
