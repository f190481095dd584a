import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { MatrixEntry } from '@smslint/core';
import { ExitCode, UsageError } from '../exit-codes.js';
import { discoverFiles, displayPath } from '../files/discover-files.js';
import { findIgnoreBoundary, IgnoreMatcher } from '../files/ignore-matcher.js';
import { readSourceFile } from '../files/read-source-file.js';
import { renderMatrixJson } from '../matrix/matrix-json.js';
import { renderMatrixMarkdown } from '../matrix/matrix-markdown.js';
import { renderMatrixStylish } from '../matrix/matrix-stylish.js';
import { useColor, writeOut } from '../terminal.js';

const FORMATS = ['stylish', 'json', 'markdown'] as const;
type MatrixFormat = (typeof FORMATS)[number];

/**
 * `smslint matrix [paths…]`: every template × locale of catalogs in locale folders and of
 * locale files (config `sources`): encoding, segments, worst-case driver, and what each
 * translation changes against the source locale. Exit 0, or 1 with --strict when a flag is
 * raised; unreadable files and config errors are reported on stderr and exit 2.
 */
export async function matrixCommand(argv: readonly string[], cwd: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        'source-locale': { type: 'string' },
        strict: { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = parsed.values.format as MatrixFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`matrix --format must be one of ${FORMATS.join(', ')}, not "${String(parsed.values.format)}".`);
  const core = await import('@smslint/core');

  const ignore = new IgnoreMatcher(findIgnoreBoundary(cwd));
  const isSourceFile = (file: string) => core.sourceFileConfig(file, () => core.loadConfig(file, { cwd }).config, cwd) !== undefined;
  const discovered = discoverFiles({ cwd, patterns: parsed.positionals, ignore, isSourceFile });
  let failed = false;
  for (const pattern of discovered.unmatched) process.stderr.write(`smslint: no files match "${pattern}"\n`);
  for (const pattern of discovered.missing) {
    process.stderr.write(`smslint: ${pattern}: no such file or folder\n`);
    failed = true;
  }

  const entries: MatrixEntry[] = [];
  let sourceLocale = parsed.values['source-locale'];
  for (const file of discovered.files) {
    const shown = displayPath(cwd, file);
    const read = readSourceFile(file);
    if (!read.ok) {
      process.stderr.write(`smslint: ${shown}: ${read.message}\n`);
      failed = true;
      continue;
    }
    const { config, errors } = core.loadConfig(file, { cwd });
    for (const error of errors) {
      process.stderr.write(`smslint: ${displayPath(cwd, error.file)}: ${error.message}\n`);
      failed = true;
    }
    // A template that names no locale is in the config's `locale`, else English; the
    // reference is --source-locale, else that default locale of the first file.
    const defaultLocale = core.resolveLocale(config.locale) ?? 'en';
    sourceLocale ??= defaultLocale;
    const result = core.lintText(read.text, { filePath: file, config });
    for (const entry of core.matrixEntries(result.file, config, defaultLocale)) {
      entries.push({ ...entry, file: shown, base: displayPath(cwd, resolve(cwd, entry.base)) });
    }
  }
  const matrix = core.buildLocaleMatrix(entries, { sourceLocale: sourceLocale ?? 'en' });
  const color = format === 'stylish' && useColor(parsed.values['no-color'] ? false : parsed.values.color, process.stdout);
  const output = format === 'json' ? renderMatrixJson(matrix) : format === 'markdown' ? renderMatrixMarkdown(matrix) : renderMatrixStylish(matrix, color);
  await writeOut(process.stdout, output);
  if (failed) return ExitCode.fatal;
  return parsed.values.strict && matrix.rows.some((r) => r.flags.length > 0) ? ExitCode.lintFailed : ExitCode.ok;
}
