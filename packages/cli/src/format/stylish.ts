import { createColors } from 'picocolors';
import type { FileReport } from '../report/file-report.js';
import { totals, type Formatter } from './format-context.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** ESLint-like human output: a header per file, aligned `line:col  severity  message  rule-id` rows, a summary. */
export const formatStylish: Formatter = (reports, context) => {
  const c = createColors(context.color);
  // One block per file with problems, then the summary, separated by blank lines.
  const blocks: string[] = [];
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    const rows = report.messages.map((m) => [`${m.line}:${m.column}`, m.severity, oneLine(m.message), m.ruleId]);
    const widths = [0, 1, 2].map((i) => rows.reduce((width, row) => Math.max(width, row[i].length), 0));
    const lines = [c.underline(report.filePath)];
    for (const [position, severity, message, ruleId] of rows) {
      const sev = severity === 'error' ? c.red(severity) : severity === 'warning' ? c.yellow(severity) : c.blue(severity);
      lines.push(
        `  ${c.dim(position.padEnd(widths[0]))}  ${sev}${' '.repeat(widths[1] - severity.length)}  ${message.padEnd(widths[2])}  ${c.dim(ruleId)}`,
      );
    }
    blocks.push(lines.join('\n'));
  }
  blocks.push(summaryLine(reports, c));
  return `${blocks.join('\n\n')}\n`;
};

/** Messages print on one row; most have no line break, so skip the regex for those. */
function oneLine(message: string): string {
  return message.includes('\n') ? message.replace(/\s*\n\s*/g, ' ') : message;
}

function summaryLine(reports: readonly FileReport[], c: ReturnType<typeof createColors>): string {
  const t = totals(reports);
  const problems = t.errorCount + t.warningCount + t.infoCount;
  const files = plural(reports.length, 'file');
  if (problems === 0) return c.green(`✔ ${files} checked, no problems`);
  const parts = [plural(t.errorCount, 'error'), plural(t.warningCount, 'warning')];
  if (t.infoCount > 0) parts.push(`${t.infoCount} info`);
  const mark = t.errorCount > 0 ? c.red : t.warningCount > 0 ? c.yellow : c.blue;
  const symbol = t.errorCount + t.warningCount > 0 ? '✖' : 'ℹ';
  let line = mark(c.bold(`${symbol} ${plural(problems, 'problem')} (${parts.join(', ')}) in ${files}`));
  if (t.fixableCount > 0) line += `\n  ${plural(t.fixableCount, 'problem')} fixable with the \`--fix\` option.`;
  return line;
}
