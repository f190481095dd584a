import { ExitCode, FatalError, UsageError } from './exit-codes.js';

/** Sub-commands; anything else is the lint command (`./count` lints a path named "count"). */
const COMMANDS = ['count', 'inspect', 'preview', 'new', 'diff', 'matrix'] as const;
type CommandName = (typeof COMMANDS)[number];

/**
 * Run smslint with `argv` (without node and script) and return the exit code.
 * Modules load lazily per command so `smslint count` or a one-file lint start fast.
 */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  try {
    const command = COMMANDS.includes(argv[0] as CommandName) ? (argv[0] as CommandName) : undefined;
    if (command) return await runCommand(command, argv.slice(1), cwd);
    const { parseLintArguments } = await import('./lint-arguments.js');
    const args = parseLintArguments(argv);
    if (args.help) {
      const { HELP_TEXT } = await import('./help-text.js');
      process.stdout.write(HELP_TEXT);
      return ExitCode.ok;
    }
    if (args.version) {
      const { smslintVersion } = await import('./version.js');
      process.stdout.write(`${smslintVersion()}\n`);
      return ExitCode.ok;
    }
    if (args.init) return (await import('./commands/init-command.js')).initCommand(cwd);
    if (args.printConfig !== undefined) return (await import('./commands/print-config-command.js')).printConfigCommand(args.printConfig, args.config, args.ruleOverrides, cwd);
    const { lintCommand } = await import('./lint/lint-command.js');
    return await lintCommand(args, cwd);
  } catch (error) {
    return reportFailure(error);
  }
}

async function runCommand(command: CommandName, argv: string[], cwd: string): Promise<number> {
  switch (command) {
    case 'count':
      return (await import('./commands/count-command.js')).countCommand(argv);
    case 'inspect':
      return (await import('./commands/inspect-command.js')).inspectCommand(argv, cwd);
    case 'preview':
      return (await import('./commands/preview-command.js')).previewCommand(argv, cwd);
    case 'new':
      return (await import('./commands/new-command.js')).newCommand(argv, cwd);
    case 'diff':
      return (await import('./commands/diff-command.js')).diffCommand(argv, cwd);
    case 'matrix':
      return (await import('./commands/matrix-command.js')).matrixCommand(argv, cwd);
  }
}

function reportFailure(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`smslint: ${error.message}\nRun "smslint --help" for usage.\n`);
  } else if (error instanceof FatalError) {
    process.stderr.write(`smslint: ${error.message}\n`);
  } else {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`smslint: internal error (please report it): ${detail}\n`);
  }
  return ExitCode.fatal;
}

/** Entry point of bin/smslint.js. */
export function run(): void {
  // A closed pipe (`smslint … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void import('./interrupt.js')
    .then(({ cleanUpOnSignals }) => cleanUpOnSignals())
    .then(() => main(process.argv.slice(2)))
    .then((code) => {
      process.exitCode = code;
    });
}
