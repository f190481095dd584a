import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { addWriteFolders, removeTempFiles } from '../files/temp-files.js';
import { ExitCode, FatalError, UsageError } from '../exit-codes.js';
import { decodeSource } from '../files/read-source-file.js';
import { discoverFiles, displayPath, toPosix } from '../files/discover-files.js';
import { findIgnoreBoundary, IgnoreMatcher } from '../files/ignore-matcher.js';
import { writeUserFile } from '../files/atomic-write.js';
import { totals, type FormatContext, type RunError } from '../format/format-context.js';
import { terminalWidth } from '../format/terminal-text.js';
import { loadFormatter } from '../format/load-formatter.js';
import { countMessages, type ConfigProblem, type FileReport } from '../report/file-report.js';
import { formatConfigProblem, locateConfigProblem, toConfigProblem } from '../report/config-problem.js';
import { readErrorReport } from '../report/read-error-report.js';
import type { LintArguments } from '../lint-arguments.js';
import { readStdin, useColor, writeOut } from '../terminal.js';
import { smslintVersion } from '../version.js';
import type { CachedEntry, LintSettings } from './lint-settings.js';
import { loadResultCache, resolveCachePath, saveResultCache } from './result-cache.js';
import { runLintTasks } from './run-lint-tasks.js';
import { ProgressLine } from './progress-line.js';

/** Whether the config that applies to `file` lists it in `sources` (a locale file to lint). */
async function sourceFileTest(settings: LintSettings): Promise<(file: string) => boolean> {
  const { loadConfig, sourceFileConfig } = await import('@smslint/core');
  const configOf = (file: string) => loadConfig(file, { cwd: settings.cwd, ...(settings.configFile ? { configFile: settings.configFile } : {}) }).config;
  return (file) => sourceFileConfig(file, () => configOf(file), settings.cwd) !== undefined;
}

/** `smslint [options] [paths…]`: lint, report, and return the exit code. */
export async function lintCommand(args: LintArguments, cwd: string): Promise<number> {
  const version = smslintVersion();
  if (args.config !== undefined && !existsSync(resolve(cwd, args.config))) {
    return reportRunFailure(args, cwd, { message: `Config file not found: ${args.config}`, filePath: toPosix(args.config), line: 1, column: 1 });
  }
  if (Object.keys(args.ruleOverrides).length > 0) await checkRuleIds(Object.keys(args.ruleOverrides));
  const settings: LintSettings = {
    cwd,
    ...(args.config !== undefined ? { configFile: resolve(cwd, args.config) } : {}),
    inlineConfig: args.inlineConfig,
    ignore: args.ignore,
    ruleOverrides: args.ruleOverrides,
    fix: args.fix,
    cache: args.cache,
    fingerprints: args.format === 'sarif' || args.cache,
    costs: args.format === 'json',
    version,
  };

  let reports: FileReport[];
  let fixedStdinText: string | undefined;
  if (args.stdin) {
    const report = await lintStdin(args, settings);
    reports = [report];
    if (args.fix === 'write') fixedStdinText = report.output ?? report.source;
  } else {
    const linted = await lintFiles(args, settings);
    if (!Array.isArray(linted)) return reportRunFailure(args, cwd, linted);
    reports = linted;
  }

  reports = await oncePerRun(reports);
  const configErrors = uniqueConfigErrors(reports);
  for (const e of configErrors) process.stderr.write(formatConfigProblem(e, cwd));
  let hidden: FormatContext['hidden'];
  if (args.quiet) {
    const all = totals(reports);
    reports = reports.map(errorsOnly);
    hidden = { warningCount: all.warningCount, infoCount: all.infoCount };
  }

  const diffs = args.fix === 'dry-run' ? await unifiedDiffs(reports) : '';
  const context = await formatContext(args, cwd, version, configErrors.map((e) => locateConfigProblem(e, cwd)));
  if (hidden) context.hidden = hidden;
  const formatted = (await loadFormatter(args.format))(reports, context);
  if (fixedStdinText !== undefined) {
    // `smslint --fix -`: the fixed text is the output; the report goes to stderr.
    await writeOut(process.stdout, fixedStdinText);
    if (args.outputFile === undefined) await writeOut(process.stderr, formatted);
  } else if (args.fix === 'dry-run') {
    await writeOut(process.stdout, diffs);
    if (args.outputFile === undefined) await writeOut(args.format === 'stylish' ? process.stdout : process.stderr, formatted);
  } else if (args.outputFile === undefined) {
    await writeOut(process.stdout, formatted);
  }
  if (args.outputFile !== undefined) await writeOutputFile(args.outputFile, cwd, formatted);
  return exitCode(reports, configErrors.length > 0, args.maxWarnings);
}

async function formatContext(args: LintArguments, cwd: string, version: string, runErrors: RunError[]): Promise<FormatContext> {
  return {
    cwd,
    color: args.outputFile === undefined && useColor(args.color, process.stdout),
    version,
    rules: args.format === 'sarif' ? await ruleMetas() : [],
    runErrors,
    ...(args.outputFile === undefined && terminalWidth(process.stdout) !== undefined ? { width: terminalWidth(process.stdout) } : {}),
  };
}

async function writeOutputFile(outputFile: string, cwd: string, text: string): Promise<void> {
  const target = resolve(cwd, outputFile);
  // A signal mid-write removes the run's temp file there (files/temp-files.ts).
  addWriteFolders(() => [dirname(target)]);
  try {
    await writeUserFile(target, text);
  } catch (error) {
    throw new FatalError(`Cannot write --output-file ${outputFile}: ${(error as Error).message}`);
  }
}

/**
 * A run that cannot lint (missing config, a pattern that matches nothing) still writes its
 * report in the chosen format, so CI annotations, SARIF and JUnit show the failure too.
 */
async function reportRunFailure(args: LintArguments, cwd: string, error: RunError): Promise<number> {
  process.stderr.write(`smslint: ${error.message}\n`);
  if (args.format !== 'stylish' || args.outputFile !== undefined) {
    const formatted = (await loadFormatter(args.format))([], await formatContext(args, cwd, smslintVersion(), [error]));
    if (args.outputFile !== undefined) await writeOutputFile(args.outputFile, cwd, formatted);
    else await writeOut(process.stdout, formatted);
  }
  return ExitCode.fatal;
}

async function checkRuleIds(ids: string[]): Promise<void> {
  const { getRule } = await import('@smslint/core');
  const unknown = ids.filter((id) => !getRule(id));
  if (unknown.length > 0) throw new UsageError(`Unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} in --rule.`);
}

async function ruleMetas() {
  const { rules } = await import('@smslint/core');
  return rules.map((rule) => rule.meta);
}

async function lintStdin(args: LintArguments, settings: LintSettings): Promise<FileReport> {
  const name = args.stdinFilename ?? '<stdin>';
  // Stdin without a name is one template body, as a `*.sms` file: a pasted reply has no `##` heading.
  const absolutePath = args.stdinFilename !== undefined ? resolve(settings.cwd, args.stdinFilename) : resolve(settings.cwd, 'stdin.sms');
  const filePath = args.stdinFilename !== undefined ? displayPath(settings.cwd, absolutePath) : name;
  const source = decodeSource(await readStdin());
  if (!source.ok) return readErrorReport(filePath, absolutePath, source.message, source.line);
  const { loadConfig } = await import('@smslint/core');
  const { lintSource } = await import('./lint-file-task.js');
  const { config, errors } = loadConfig(absolutePath, { cwd: settings.cwd, ...(settings.configFile ? { configFile: settings.configFile } : {}) });
  const report = await lintSource(source, filePath, absolutePath, settings, config, false);
  if (settings.fix === 'write') {
    report.source = source.text;
  }
  if (errors.length > 0) report.configErrors = errors.map(toConfigProblem);
  return report;
}

async function lintFiles(args: LintArguments, settings: LintSettings): Promise<FileReport[] | RunError> {
  const { cwd } = settings;
  const ignore = new IgnoreMatcher(findIgnoreBoundary(cwd), { useIgnoreFiles: args.ignore });
  const discovered = discoverFiles({ cwd, patterns: args.patterns, ignore, isSourceFile: await sourceFileTest(settings) });
  const skipped = args.ignore ? ' (ignored paths are skipped; --no-ignore lints them)' : '';
  // A pattern that matches nothing checks nothing: a CI job must not pass on it (ESLint does the same).
  if (discovered.unmatched.length > 0 && args.errorOnUnmatchedPattern) {
    const patterns = discovered.unmatched.map((p) => `"${p}"`).join(', ');
    return { message: `No files match ${patterns}${skipped}: nothing was checked. Fix the pattern, or pass --no-error-on-unmatched-pattern to allow it.` };
  }
  for (const warning of ignore.warnings) process.stderr.write(`smslint: ${warning}\n`);
  for (const pattern of discovered.unmatched) process.stderr.write(`smslint: no files match "${pattern}"${skipped}\n`);
  for (const pattern of discovered.ignoredExplicit) process.stderr.write(`smslint: ${pattern} is ignored (.gitignore, .smslintignore or !pattern)\n`);

  if (args.fix === 'write') {
    // Temp files are written next to each file's real path (symbolic links are fixed through).
    const folders = () => discovered.files.flatMap((file) => [dirname(file), dirname(realPathOr(file))]);
    addWriteFolders(folders);
    removeTempFiles(folders(), 'stale');
  }
  const cachePath = args.cache ? resolveCachePath(cwd, args.cacheLocation) : undefined;
  const cache = cachePath ? await loadResultCache(cachePath, settings.version) : new Map<string, CachedEntry>();
  const progress = new ProgressLine(process.stderr, discovered.files.length);
  let outcomes;
  try {
    outcomes = await runLintTasks(discovered.files, settings, cache, {
      onProgress: (done, total) => progress.update(done, total),
      ...workerOverride(),
    });
  } finally {
    progress.clear();
  }

  const reports: FileReport[] = discovered.missing.map((pattern) =>
    readErrorReport(displayPath(cwd, resolve(cwd, pattern)), resolve(cwd, pattern), 'no such file or folder'),
  );
  const nextCache = new Map<string, CachedEntry>();
  for (const outcome of outcomes) {
    if (outcome.kind !== 'report') continue;
    reports.push(outcome.report);
    if (outcome.cacheKey && !outcome.report.readError && !outcome.report.configErrors) {
      nextCache.set(outcome.report.absolutePath, { key: outcome.cacheKey, report: withoutTransientFields(outcome.report) });
    }
  }
  if (cachePath) {
    const problem = await saveResultCache(cachePath, settings.version, nextCache);
    if (problem) process.stderr.write(`smslint: ${problem}\n`);
  }
  return reports.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

/** SMSLINT_WORKERS=n forces the number of worker threads (0 = main thread only), for tuning and tests. */
function workerOverride(): { workers?: number } {
  const value = process.env.SMSLINT_WORKERS;
  if (value === undefined || value === '') return {};
  if (!/^\d+$/.test(value)) throw new UsageError(`SMSLINT_WORKERS must be a whole number, got "${value}".`);
  return { workers: Number(value) };
}

function withoutTransientFields(report: FileReport): FileReport {
  const { output: _output, source: _source, fixed: _fixed, ...rest } = report;
  return rest;
}

/** "No brand configured" is a fact about the run, not about each file: the first file keeps it. */
async function oncePerRun(reports: FileReport[]): Promise<FileReport[]> {
  const { isBrandNotConfigured } = await import('@smslint/core');
  let seen = false;
  return reports.map((report) => {
    if (!report.messages.some(isBrandNotConfigured)) return report;
    const messages = report.messages.filter((m) => !isBrandNotConfigured(m) || (!seen && (seen = true)));
    return messages.length === report.messages.length ? report : { ...report, messages, ...countMessages({ messages }) };
  });
}

function errorsOnly(report: FileReport): FileReport {
  const messages = report.messages.filter((m) => m.severity === 'error');
  return { ...report, messages, ...countMessages({ messages }) };
}

function uniqueConfigErrors(reports: readonly FileReport[]): ConfigProblem[] {
  const seen = new Map<string, ConfigProblem>();
  for (const r of reports) for (const e of r.configErrors ?? []) seen.set(`${e.file}\0${e.pointer ?? ''}\0${e.message}`, e);
  return [...seen.values()];
}

async function unifiedDiffs(reports: readonly FileReport[]): Promise<string> {
  const changed = reports.filter((r) => r.output !== undefined && r.source !== undefined);
  if (changed.length === 0) return '';
  const { createTwoFilesPatch } = await import('diff');
  // git-style a/ b/ prefixes for paths under the working folder; absolute paths stay as they are.
  const label = (side: 'a' | 'b', path: string) => (isAbsolute(path) ? path : `${side}/${path}`);
  return changed
    .map((r) => createTwoFilesPatch(label('a', r.filePath), label('b', r.filePath), r.source as string, r.output as string))
    .join('');
}

function exitCode(reports: readonly FileReport[], configError: boolean, maxWarnings: number): number {
  if (configError || reports.some((r) => r.readError)) return ExitCode.fatal;
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    errors += r.errorCount;
    warnings += r.warningCount;
  }
  if (errors > 0) return ExitCode.lintFailed;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    process.stderr.write(`smslint: too many warnings (${warnings}); the maximum is ${maxWarnings}.\n`);
    return ExitCode.lintFailed;
  }
  return ExitCode.ok;
}

function realPathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
