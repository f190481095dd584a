import type { Formatter } from './format-context.js';
import { escapeControlCharacters } from './terminal-text.js';

// Workflow command escaping (actions/toolkit core/src/command.ts): the message escapes
// %, CR, LF; property values also escape ':' and ','.
// Other control characters (ESC, BEL, C1, bidi overrides) would reach the log viewer as they
// are, so they become visible escapes first.
const escapeData = (s: string) => escapeControlCharacters(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions annotations: one `::error file=…,line=…::message` line per finding. */
export const formatGithub: Formatter = (reports, context) => {
  const lines: string[] = [];
  for (const e of context.runErrors) {
    const props = e.filePath !== undefined ? [`file=${escapeProperty(e.filePath)}`, `line=${e.line ?? 1}`, `col=${e.column ?? 1}`] : [];
    props.push(`title=${escapeProperty('smslint configuration')}`);
    lines.push(`::error ${props.join(',')}::${escapeData(e.message)}`);
  }
  for (const report of reports) {
    for (const m of report.messages) {
      const props = [
        `file=${escapeProperty(report.filePath)}`,
        `line=${m.line}`,
        `endLine=${m.endLine}`,
        `col=${m.column}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(`smslint ${m.ruleId}`)}`,
      ];
      lines.push(`::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(m.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
