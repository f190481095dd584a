import { createColors } from 'picocolors';
import type { FileReport, ReportMessage } from '../report/file-report.js';
import { totals, type FormatContext, type Formatter } from './format-context.js';
import { escapeControlCharacters, wrapWords } from './terminal-text.js';

type Colors = ReturnType<typeof createColors>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Below this many columns for the message, wrapping would make a row of single words. */
const MIN_MESSAGE_WIDTH = 30;

/**
 * ESLint-like human output: a header per file, `line:col  severity  message  rule-id` rows,
 * a summary. Only the short position and severity columns are aligned; a message is never
 * padded to the longest one, and wraps at the terminal width under its own column.
 */
export const formatStylish: Formatter = (reports, context) => {
  const c = createColors(context.color);
  // One block per file with problems, then the summary, separated by blank lines.
  const blocks: string[] = [];
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    const positionWidth = Math.max(...report.messages.map((m) => `${m.line}:${m.column}`.length));
    const severityWidth = Math.max(...report.messages.map((m) => m.severity.length));
    const lines = [c.underline(escapeControlCharacters(report.filePath))];
    for (const m of report.messages) lines.push(...row(m, positionWidth, severityWidth, context, c));
    blocks.push(lines.join('\n'));
  }
  blocks.push(summaryLine(reports, context, c));
  return `${blocks.join('\n\n')}\n`;
};

function row(m: ReportMessage, positionWidth: number, severityWidth: number, context: FormatContext, c: Colors): string[] {
  const position = `${m.line}:${m.column}`;
  const sev = m.severity === 'error' ? c.red(m.severity) : m.severity === 'warning' ? c.yellow(m.severity) : c.blue(m.severity);
  const lead = `  ${c.dim(position.padEnd(positionWidth))}  ${sev}${' '.repeat(severityWidth - m.severity.length)}  `;
  const indent = 2 + positionWidth + 2 + severityWidth + 2;
  const message = escapeControlCharacters(oneLine(m.message));
  const available = context.width === undefined ? Infinity : context.width - indent;
  if (available === Infinity || available < MIN_MESSAGE_WIDTH || indent + message.length + 2 + m.ruleId.length <= (context.width ?? 0)) {
    return [`${lead}${message}  ${c.dim(m.ruleId)}`];
  }
  const wrapped = wrapWords(message, available);
  const last = wrapped.length - 1;
  // The rule id ends the last line when it fits there, else it gets a line of its own.
  if (wrapped[last].length + 2 + m.ruleId.length <= available) wrapped[last] += `  ${c.dim(m.ruleId)}`;
  else wrapped.push(c.dim(m.ruleId));
  return wrapped.map((text, i) => (i === 0 ? lead : ' '.repeat(indent)) + text);
}

/** Messages print as one paragraph; most have no line break, so skip the regex for those. */
function oneLine(message: string): string {
  return message.includes('\n') ? message.replace(/\s*\n\s*/g, ' ') : message;
}

function summaryLine(reports: readonly FileReport[], context: FormatContext, c: Colors): string {
  const t = totals(reports);
  const problems = t.errorCount + t.warningCount + t.infoCount;
  const files = plural(reports.length, 'file');
  const lines: string[] = [];
  const runErrors = context.runErrors.length;
  if (runErrors > 0) {
    // The run itself failed (details on stderr): never print the green "no problems".
    lines.push(c.red(c.bold(`✖ ${plural(runErrors, 'configuration error')} (printed above): these results do not follow your config until it is fixed`)));
  }
  if (problems === 0) lines.push(runErrors > 0 ? `${files} checked with the defaults` : c.green(`✔ ${files} checked, no problems`));
  else {
    const parts = [plural(t.errorCount, 'error'), plural(t.warningCount, 'warning')];
    if (t.infoCount > 0) parts.push(`${t.infoCount} info`);
    const mark = t.errorCount > 0 ? c.red : t.warningCount > 0 ? c.yellow : c.blue;
    const symbol = t.errorCount + t.warningCount > 0 ? '✖' : 'ℹ';
    lines.push(mark(c.bold(`${symbol} ${plural(problems, 'problem')} (${parts.join(', ')}) in ${files}`)));
    if (t.fixableCount > 0) lines.push(`  ${plural(t.fixableCount, 'problem')} fixable with the \`--fix\` option.`);
  }
  const hidden = context.hidden;
  if (hidden && hidden.warningCount + hidden.infoCount > 0) {
    const what = [hidden.warningCount > 0 ? plural(hidden.warningCount, 'warning') : '', hidden.infoCount > 0 ? `${hidden.infoCount} info` : ''].filter(Boolean);
    lines.push(c.dim(`  ${what.join(' and ')} hidden by --quiet.`));
  }
  return lines.join('\n');
}
