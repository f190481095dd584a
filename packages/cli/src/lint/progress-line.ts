/** Runs shorter than this never show progress (it would only flicker). */
const MIN_FILES_FOR_PROGRESS = 200;

/** A single self-overwriting "Linting 300/1000 files" line on a TTY stderr; silent otherwise and in CI. */
export class ProgressLine {
  private readonly enabled: boolean;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream, total: number) {
    this.enabled = stream.isTTY === true && !process.env.CI && total >= MIN_FILES_FOR_PROGRESS;
  }

  update(done: number, total: number): void {
    if (!this.enabled) return;
    this.stream.write(`\r\x1b[2KLinting ${done}/${total} files…`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
