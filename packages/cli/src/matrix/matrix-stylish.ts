import type { LocaleMatrix } from '@smslint/core';
import { encodingText, segmentsText } from './matrix-cell-text.js';

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);
/** Control characters from template text would move the terminal's cursor: shown escaped. */
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** `smslint matrix`: per template, one line per locale, flags under it. */
export function renderMatrixStylish(matrix: LocaleMatrix, color: boolean): string {
  if (matrix.rows.length === 0) return 'No templates found.\n';
  const out: string[] = [];
  for (const row of matrix.rows) {
    out.push(paint(color, 4, printable(`${row.base} › ${row.id}`)));
    const width = Math.max(...Object.keys(row.cells).map((l) => l.length));
    const cells = Object.values(row.cells).filter((c) => c !== null);
    const encodingWidth = Math.max(5, ...cells.map((c) => encodingText(c).length));
    const segmentsWidth = Math.max(...cells.map((c) => segmentsText(c).length));
    for (const [locale, cell] of Object.entries(row.cells)) {
      const label = `  ${locale.padEnd(width)}`;
      if (!cell) {
        out.push(`${label}  ${paint(color, 33, 'missing')}`);
        continue;
      }
      const reference = locale === row.reference ? paint(color, 2, '(reference)') : '';
      const driver = cell.driver ? paint(color, 2, printable(cell.driver)) : '';
      const columns = [label, encodingText(cell).padEnd(encodingWidth), segmentsText(cell).padEnd(segmentsWidth), reference, driver];
      out.push(columns.filter((c) => c !== '').join('  ').trimEnd());
      for (const flag of cell.flags) out.push(`  ${' '.repeat(width)}  ${paint(color, 33, '⚠')} ${printable(flag.message)}`);
    }
    out.push('');
  }
  const flagged = matrix.rows.reduce((n, r) => n + r.flags.length, 0);
  out.push(`${matrix.rows.length} template${matrix.rows.length === 1 ? '' : 's'} × ${matrix.locales.length} locale${matrix.locales.length === 1 ? '' : 's'}, ${flagged} flag${flagged === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}
