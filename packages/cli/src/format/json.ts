import type { FileReport, ReportMessage } from '../report/file-report.js';
import { totals, type Formatter } from './format-context.js';

/** Version of the JSON output shape (bumped on breaking changes; see docs/cli.md). */
export const JSON_FORMAT_VERSION = 1;

export const formatJson: Formatter = (reports, context) => {
  const t = totals(reports);
  const output = {
    version: JSON_FORMAT_VERSION,
    results: reports.map((r) => ({
      filePath: r.filePath,
      templates: r.templates.map((t) => ({ id: t.id, title: t.title, kind: t.kind ?? null, line: t.line, endLine: t.endLine, ...(t.cost ? { cost: t.cost } : {}) })),
      messages: r.messages.map(jsonMessage),
    })),
    errorCount: t.errorCount,
    warningCount: t.warningCount,
    infoCount: t.infoCount,
    fixableCount: t.fixableCount,
    runErrors: context.runErrors.map((e) => ({ message: e.message, filePath: e.filePath ?? null, line: e.line ?? null, column: e.column ?? null })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
};

function jsonMessage(m: ReportMessage) {
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    offset: m.offset,
    endOffset: m.endOffset,
    templateId: m.templateId ?? null,
    ...(m.fix ? { fix: m.fix } : {}),
  };
}
