import { parseArgs } from 'node:util';
import { SEVERITY_NAMES, type RuleSetting, type SeverityName } from '@smslint/core';
import { UsageError } from './exit-codes.js';
import { FORMAT_NAMES, type FormatName } from './format/format-context.js';

export interface LintArguments {
  patterns: string[];
  /** `-` given: lint stdin. */
  stdin: boolean;
  stdinFilename?: string;
  format: FormatName;
  outputFile?: string;
  fix: 'off' | 'write' | 'dry-run';
  maxWarnings: number;
  quiet: boolean;
  ruleOverrides: Record<string, RuleSetting>;
  config?: string;
  printConfig?: string;
  init: boolean;
  inlineConfig: boolean;
  /** false with --no-ignore: .gitignore, .smslintignore and config `ignore` are not applied. */
  ignore: boolean;
  /** false with --no-error-on-unmatched-pattern: a pattern that matches no file is only a notice. */
  errorOnUnmatchedPattern: boolean;
  cache: boolean;
  cacheLocation?: string;
  /** undefined: colour when stdout is a TTY (and NO_COLOR / FORCE_COLOR allow). */
  color?: boolean;
  version: boolean;
  help: boolean;
}


/** Parse the lint command line (`smslint [options] [paths…]`). Throws UsageError. */
export function parseLintArguments(argv: readonly string[]): LintArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        'output-file': { type: 'string', short: 'o' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        rule: { type: 'string', multiple: true },
        config: { type: 'string', short: 'c' },
        'print-config': { type: 'string' },
        init: { type: 'boolean' },
        'no-inline-config': { type: 'boolean' },
        'no-ignore': { type: 'boolean' },
        'no-error-on-unmatched-pattern': { type: 'boolean' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
  }
  const v = parsed.values;
  const format = (v.format ?? 'stylish') as FormatName;
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(`Unknown --format "${v.format}"; use one of ${FORMAT_NAMES.join(', ')}.`);
  if (v.fix && v['fix-dry-run']) throw new UsageError('Use either --fix or --fix-dry-run, not both.');
  let maxWarnings = -1;
  if (v['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings needs a whole number ≥ 0, got "${v['max-warnings']}".`);
    maxWarnings = Number(v['max-warnings']);
  }
  const ruleOverrides: Record<string, RuleSetting> = {};
  for (const spec of v.rule ?? []) {
    // "text-speak:off", "text-speak: off" (ESLint's spelling) and "text-speak:0" are the same.
    const match = /^([^:\s]+)\s*:\s*(\w+)$/.exec(spec.trim());
    const severity = match ? SEVERITY_NAMES.find((name) => String(name) === match[2]) : undefined;
    if (!match || severity === undefined) throw new UsageError(`--rule needs id:severity (${SEVERITY_NAMES.join(', ')}), got "${spec}".`);
    ruleOverrides[match[1]] = severity;
  }
  const stdin = parsed.positionals.includes('-');
  const patterns = parsed.positionals.filter((p) => p !== '-');
  if (stdin && patterns.length > 0) throw new UsageError('Lint either stdin (-) or files, not both.');
  if (v['stdin-filename'] !== undefined && !stdin) throw new UsageError('--stdin-filename only applies when reading stdin (-).');
  return {
    patterns,
    stdin,
    ...(v['stdin-filename'] !== undefined ? { stdinFilename: v['stdin-filename'] } : {}),
    format,
    ...(v['output-file'] !== undefined ? { outputFile: v['output-file'] } : {}),
    fix: v.fix ? 'write' : v['fix-dry-run'] ? 'dry-run' : 'off',
    maxWarnings,
    quiet: v.quiet ?? false,
    ruleOverrides,
    ...(v.config !== undefined ? { config: v.config } : {}),
    ...(v['print-config'] !== undefined ? { printConfig: v['print-config'] } : {}),
    init: v.init ?? false,
    inlineConfig: !v['no-inline-config'],
    ignore: !v['no-ignore'],
    errorOnUnmatchedPattern: !v['no-error-on-unmatched-pattern'],
    cache: v.cache ?? false,
    ...(v['cache-location'] !== undefined ? { cacheLocation: v['cache-location'] } : {}),
    ...(v['no-color'] ? { color: false } : v.color ? { color: true } : {}),
    version: v.version ?? false,
    help: v.help ?? false,
  };
}
