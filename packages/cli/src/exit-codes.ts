/** Process exit codes, as ESLint and markdownlint-cli2 use them. */
export const ExitCode = {
  /** No errors, and warnings within --max-warnings. */
  ok: 0,
  /** Lint errors, or more warnings than --max-warnings. */
  lintFailed: 1,
  /** Usage, config or I/O error. */
  fatal: 2,
} as const;

/** A mistake in the command line: reported with a hint to --help, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem that stops the run (bad config, unwritable output): exit code 2. */
export class FatalError extends Error {
  override name = 'FatalError';
}
