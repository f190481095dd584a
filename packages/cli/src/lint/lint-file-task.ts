import { createHash } from 'node:crypto';
import { createLintCache, fixText, isIgnored, lintText, loadConfig, type LintOptions, type ResolvedConfig } from '@smslint/core';
import { displayPath } from '../files/discover-files.js';
import { lineEndingStyle, restoreLineEndings } from '../files/line-endings.js';
import { MAX_FILE_BYTES, readSourceFile, type SourceText } from '../files/read-source-file.js';
import { writeFix } from '../files/write-fix.js';
import type { FileReport } from '../report/file-report.js';
import { readErrorReport, withWriteError } from '../report/read-error-report.js';
import { toConfigProblem } from '../report/config-problem.js';
import { toFileReport } from '../report/to-file-report.js';
import type { CachedEntry, FileOutcome, LintSettings } from './lint-settings.js';

/**
 * Per-template findings shared by the lint and fix passes of this thread: --fix re-lints a
 * file after each pass, and only the templates a fix touched are checked again.
 */
const templateCache = createLintCache(5_000);

function configFor(absolutePath: string, settings: LintSettings) {
  return loadConfig(absolutePath, { cwd: settings.cwd, ...(settings.configFile ? { configFile: settings.configFile } : {}) });
}

/** Cache key: the content, the resolved config, the CLI overrides and the smslint version. */
export function cacheKey(text: string, config: ResolvedConfig, settings: LintSettings): string {
  return createHash('sha256')
    .update(settings.version)
    .update('\0')
    .update(JSON.stringify(config))
    .update('\0')
    .update(JSON.stringify(settings.ruleOverrides))
    .update(settings.inlineConfig ? '1' : '0')
    .update(settings.costs ? 'costs' : '')
    .update('\0')
    .update(text)
    .digest('hex');
}

/**
 * Read, lint and (with --fix) fix one file. Never throws: read problems become a
 * 'read-error' report, and a file that fails to parse or read is never rewritten.
 */
export async function lintFileTask(absolutePath: string, settings: LintSettings, cached?: CachedEntry): Promise<FileOutcome> {
  const filePath = displayPath(settings.cwd, absolutePath);
  const { config, errors } = configFor(absolutePath, settings);
  if (settings.ignore && isIgnored(absolutePath, config, settings.cwd)) return { kind: 'ignored', absolutePath };
  const source = readSourceFile(absolutePath);
  if (!source.ok) return { kind: 'report', report: readErrorReport(filePath, absolutePath, source.message, source.line) };
  const key = settings.cache ? cacheKey(source.text, config, settings) : undefined;
  const hit = cached !== undefined && cached.key === key && (settings.fix === 'off' || cached.report.fixableCount === 0);
  const report = hit ? { ...cached.report, filePath, absolutePath } : await lintSource(source, filePath, absolutePath, settings, config);
  // Config errors are reported on every run, cached or not (they make the exit code 2).
  if (errors.length > 0) {
    report.configErrors = errors.map(toConfigProblem);
  }
  // A file --fix rewrote gets no entry: the key was computed on the old text.
  return { kind: 'report', report, ...(key && !report.fixed ? { cacheKey: key } : {}) };
}

function reportOptions(settings: LintSettings, config: ResolvedConfig) {
  return { fingerprints: settings.fingerprints, ...(settings.costs ? { costs: config } : {}) };
}

/** Lint text already read (files and stdin), fixing it when asked. */
export async function lintSource(
  source: SourceText,
  filePath: string,
  absolutePath: string,
  settings: LintSettings,
  config: ResolvedConfig,
  writeFixes = true,
): Promise<FileReport> {
  const options: LintOptions = {
    filePath: absolutePath,
    config,
    inlineConfig: settings.inlineConfig,
    ruleOverrides: settings.ruleOverrides,
  };
  // The template cache only pays off when --fix lints the same templates again.
  const first = lintText(source.text, options, settings.fix === 'off' ? undefined : templateCache);
  const canFix =
    settings.fix !== 'off' &&
    first.findings.some((f) => f.fix) &&
    // Never rewrite a file that did not parse: its fixes could land in the wrong place.
    !first.findings.some((f) => f.ruleId === 'parse-error' && f.severity === 'error') &&
    first.file.problems.every((p) => p.severity !== 'error') &&
    first.file.templates.every((t) => t.problems.every((p) => p.severity !== 'error'));
  if (!canFix) return toFileReport(first, filePath, absolutePath, reportOptions(settings, config));

  const maxOutputBytes = MAX_FILE_BYTES - (source.bom ? 3 : 0);
  const fixed = fixText(source.text, options, templateCache, { maxOutputBytes, initial: first });
  if (fixed.tooLarge !== undefined) {
    const failure = `Not fixed: the fixed ${filePath} would be over ${fixed.tooLarge} bytes, above the ${MAX_FILE_BYTES}-byte limit smslint reads; split it into smaller files to fix it`;
    return withWriteError(toFileReport(first, filePath, absolutePath, reportOptions(settings, config)), failure);
  }
  const output = restoreLineEndings(fixed.output, lineEndingStyle(source.text));
  const report = toFileReport(fixed.result, filePath, absolutePath, reportOptions(settings, config));
  if (output === source.text) return report;
  if (settings.fix === 'dry-run' || !writeFixes) {
    report.output = output;
    report.source = source.text;
    return report;
  }
  const failure = await writeFix(absolutePath, filePath, settings.cwd, source, output);
  // Not written: report the file as it stays on disk, with the reason.
  if (failure !== undefined) return withWriteError(toFileReport(first, filePath, absolutePath, reportOptions(settings, config)), failure);
  report.fixed = true;
  return report;
}
