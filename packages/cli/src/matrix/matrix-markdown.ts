import type { LocaleMatrix, MatrixRow } from '@smslint/core';
import { encodingText, segmentsText } from './matrix-cell-text.js';

/** A table cell: pipes and line breaks would end the cell or the row. */
const cellText = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const code = (text: string) => `\`${text.replace(/`/g, 'ˋ')}\``;

/**
 * `smslint matrix --format markdown`: one table per file group (a GitHub pull-request
 * comment or job summary), a ⚠️ on each flagged cell, then the flags as a list.
 */
export function renderMatrixMarkdown(matrix: LocaleMatrix): string {
  const lines = ['## smslint locale matrix', ''];
  if (matrix.rows.length === 0) return `${lines.join('\n')}No templates found.\n`;
  lines.push(`Source locale: ${code(matrix.sourceLocale)}. Each cell: encoding · segments (min–max over renderings); ⚠️ marks a flag listed below the table.`, '');
  const groups = new Map<string, MatrixRow[]>();
  for (const row of matrix.rows) groups.set(row.base, [...(groups.get(row.base) ?? []), row]);
  for (const [base, rows] of groups) {
    const locales = matrix.locales.filter((l) => rows.some((r) => l in r.cells));
    lines.push(`### ${code(base)}`, '');
    lines.push(`| template | ${locales.map((l) => (l === matrix.sourceLocale ? `${l} (source)` : l)).join(' | ')} |`);
    lines.push(`| --- | ${locales.map(() => '---').join(' | ')} |`);
    for (const row of rows) {
      const cells = locales.map((locale) => {
        const cell = row.cells[locale];
        if (cell === undefined) return '';
        if (cell === null) return '⚠️ missing';
        return `${cell.flags.length > 0 ? '⚠️ ' : ''}${encodingText(cell)} · ${segmentsText(cell)}`;
      });
      lines.push(`| ${cellText(code(row.id))} | ${cells.map(cellText).join(' | ')} |`);
    }
    const flags = rows.flatMap((row) => row.flags.map((f) => `- ${code(row.id)} · **${f.locale}**: ${f.message}`));
    lines.push('');
    if (flags.length > 0) lines.push(...flags.map((f) => f.replace(/\r?\n/g, ' ')), '');
  }
  return `${lines.join('\n')}`;
}
