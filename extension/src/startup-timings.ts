/**
 * How long a writer waits for smslint after opening a template: the first diagnostics
 * (even an empty list) counted from the extension's activation, or from the opening of
 * the first template when none was open then (the server starts only for a template).
 * One line in the smslint output channel says it; the VS Code end-to-end test and
 * bench/editor read that line (the pattern below).
 */

/** Milliseconds since an arbitrary origin (performance.now in the extension host). */
export type Clock = () => number;

export interface StartupTimingsReport {
  /** What the times count from. */
  from: 'activation' | 'template opened';
  /** The language server answered `initialize` (the client started). */
  serverReadyMs: number | null;
  /** The first diagnostics for a document arrived. */
  firstDiagnosticsMs: number | null;
}

/** The output channel line; `parseStartupTimings` reads it back. */
export const STARTUP_TIMINGS_LINE = /first diagnostics (\d+) ms after (activation|template opened) \(server ready after (\d+) ms\)/;

export class StartupTimings {
  private readonly activatedAt: number;
  private startedAt: number | undefined;
  private from: StartupTimingsReport['from'] = 'activation';
  private serverReadyAt: number | undefined;
  private firstDiagnosticsAt: number | undefined;

  constructor(private readonly now: Clock) {
    this.activatedAt = now();
  }

  /** smslint has a template to lint (the first call counts): from activation, or from now if later. */
  templateOpened(openAtActivation: boolean): void {
    if (this.startedAt !== undefined) return;
    this.startedAt = openAtActivation ? this.activatedAt : this.now();
    this.from = openAtActivation ? 'activation' : 'template opened';
  }

  serverReady(): void {
    this.serverReadyAt ??= this.now();
  }

  /** Records the first diagnostics; returns the output line the first time, else undefined. */
  diagnosticsArrived(): string | undefined {
    if (this.firstDiagnosticsAt !== undefined || this.startedAt === undefined) return undefined;
    this.firstDiagnosticsAt = this.now();
    this.serverReady(); // diagnostics imply a started server
    const report = this.report();
    return `first diagnostics ${report.firstDiagnosticsMs} ms after ${report.from} (server ready after ${report.serverReadyMs} ms)`;
  }

  report(): StartupTimingsReport {
    const since = (at: number | undefined) => (at === undefined || this.startedAt === undefined ? null : Math.round(at - this.startedAt));
    return { from: this.from, serverReadyMs: since(this.serverReadyAt), firstDiagnosticsMs: since(this.firstDiagnosticsAt) };
  }
}

/** Every timings line in a log, in order (one per extension host start). */
export function parseStartupTimings(log: string): StartupTimingsReport[] {
  const all = new RegExp(STARTUP_TIMINGS_LINE.source, 'g');
  return [...log.matchAll(all)].map((m) => ({ from: m[2] as StartupTimingsReport['from'], firstDiagnosticsMs: Number(m[1]), serverReadyMs: Number(m[3]) }));
}
