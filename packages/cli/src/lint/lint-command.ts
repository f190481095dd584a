import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ExitCode, FatalError, UsageError } from '../exit-codes.js';
import { decodeSource } from '../files/read-source-file.js';
import { discoverFiles, displayPath } from '../files/discover-files.js';
import { findIgnoreBoundary, IgnoreMatcher } from '../files/ignore-matcher.js';
import { writeFileAtomic } from '../files/atomic-write.js';
import type { FormatContext } from '../format/format-context.js';
import { loadFormatter } from '../format/load-formatter.js';
import { countMessages, type ConfigProblem, type FileReport } from '../report/file-report.js';
import { formatConfigProblem, toConfigProblem } from '../report/config-problem.js';
import { readErrorReport } from '../report/read-error-report.js';
import type { LintArguments } from '../lint-arguments.js';
import { readStdin, useColor, writeOut } from '../terminal.js';
import { smslintVersion } from '../version.js';
import type { CachedEntry, LintSettings } from './lint-settings.js';
import { loadResultCache, resolveCachePath, saveResultCache } from './result-cache.js';
import { runLintTasks } from './run-lint-tasks.js';
import { ProgressLine } from './progress-line.js';

/** `smslint [options] [paths…]`: lint, report, and return the exit code. */
export async function lintCommand(args: LintArguments, cwd: string): Promise<number> {
  const version = smslintVersion();
  if (args.config !== undefined && !existsSync(resolve(cwd, args.config))) {
    throw new FatalError(`Config file not found: ${args.config}`);
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
    version,
  };

  let reports: FileReport[];
  let fixedStdinText: string | undefined;
  if (args.stdin) {
    const report = await lintStdin(args, settings);
    reports = [report];
    if (args.fix === 'write') fixedStdinText = report.output ?? report.source;
  } else {
    reports = await lintFiles(args, settings);
  }

  reports = await oncePerRun(reports);
  const configErrors = uniqueConfigErrors(reports);
  for (const e of configErrors) process.stderr.write(formatConfigProblem(e, cwd));
  if (args.quiet) reports = reports.map(errorsOnly);

  const diffs = args.fix === 'dry-run' ? await unifiedDiffs(reports) : '';
  const context: FormatContext = {
    cwd,
    color: args.outputFile === undefined && useColor(args.color, process.stdout),
    version,
    rules: args.format === 'sarif' ? await ruleMetas() : [],
  };
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
  if (args.outputFile !== undefined) {
    try {
      await writeFileAtomic(resolve(cwd, args.outputFile), formatted);
    } catch (error) {
      throw new FatalError(`Cannot write --output-file ${args.outputFile}: ${(error as Error).message}`);
    }
  }
  return exitCode(reports, configErrors.length > 0, args.maxWarnings);
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
  const absolutePath = args.stdinFilename !== undefined ? resolve(settings.cwd, args.stdinFilename) : resolve(settings.cwd, 'stdin.sms.md');
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

async function lintFiles(args: LintArguments, settings: LintSettings): Promise<FileReport[]> {
  const { cwd } = settings;
  const ignore = new IgnoreMatcher(findIgnoreBoundary(cwd), { useIgnoreFiles: args.ignore });
  const discovered = discoverFiles({ cwd, patterns: args.patterns, ignore });
  for (const pattern of discovered.unmatched) process.stderr.write(`smslint: no files match "${pattern}"${args.ignore ? ' (ignored paths are skipped; --no-ignore lints them)' : ''}\n`);
  for (const pattern of discovered.ignoredExplicit) process.stderr.write(`smslint: ${pattern} is ignored (.gitignore, .smslintignore or !pattern)\n`);

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
