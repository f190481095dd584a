/**
 * How a template's other locales compare, for hover and code lens (issue 14): the files that
 * hold the other translations (core `localeSiblings`: `templates/es/x.sms.md`,
 * `config/locales/fr.yml`, `locales/de/sms.json`) are read, open documents as edited, and
 * one locale-matrix row per template says "es: 3 segments UCS-2 (+2) · fr: missing".
 */
import { readFileSync, statSync } from 'node:fs';
import {
  buildLocaleMatrix,
  compareLocales,
  lintText,
  localeSiblings,
  matrixEntries,
  resolveLocale,
  type MatrixEntry,
  type MatrixRow,
  type ResolvedConfig,
  type TemplateFile,
} from '@smslint/core';

/** Siblings larger than this are not read for a hover (an editor request must stay quick). */
const MAX_SIBLING_BYTES = 512 * 1024;

export interface LocaleComparison {
  locale: string;
  row: MatrixRow;
  /** "es: 3 segments UCS-2 (+2)", one per other locale. */
  others: string[];
}

function readSibling(path: string, openText: (path: string) => string | undefined): string | undefined {
  const open = openText(path);
  if (open !== undefined) return open;
  try {
    if (statSync(path).size > MAX_SIBLING_BYTES) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The comparison for each template of `file` (by index in `file.templates`), or an empty
 * array when no other locale of the file exists. Never throws on unreadable siblings.
 */
export function localeComparisons(
  file: TemplateFile,
  config: ResolvedConfig,
  configOf: (path: string) => ResolvedConfig,
  openText: (path: string) => string | undefined,
): Array<LocaleComparison | undefined> {
  const siblings = localeSiblings(file.path);
  if (siblings.length === 0) return [];
  const defaultLocale = resolveLocale(config.locale) ?? 'en';
  const own = matrixEntries(file, config, defaultLocale);
  const entries: MatrixEntry[] = [...own];
  for (const sibling of siblings) {
    const text = readSibling(sibling, openText);
    if (text === undefined) continue;
    const siblingConfig = configOf(sibling);
    const result = lintText(text, { filePath: sibling, config: siblingConfig });
    entries.push(...matrixEntries(result.file, siblingConfig, resolveLocale(siblingConfig.locale) ?? 'en'));
  }
  const matrix = buildLocaleMatrix(entries, { sourceLocale: defaultLocale });
  const rows = new Map(matrix.rows.map((row) => [`${row.base}\u0000${row.id}`, row]));
  return own.map((entry) => {
    const row = rows.get(`${entry.base}\u0000${entry.id}`);
    if (!row || Object.keys(row.cells).length < 2) return undefined;
    return { locale: entry.locale, row, others: compareLocales(row, entry.locale) };
  });
}

/** Markdown lines for a hover: the comparison, then this locale's flags. */
export function comparisonMarkdown(comparison: LocaleComparison): string[] {
  const lines = [`- Other locales (this one: **${comparison.locale}**): ${comparison.others.join(' · ')}`];
  for (const flag of comparison.row.cells[comparison.locale]?.flags ?? []) lines.push(`  - ⚠ ${flag.message}`);
  return lines;
}
