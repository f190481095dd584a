import { LineIndex, templateCost, type Finding, type LintResult, type ResolvedConfig } from '@smslint/core';
import { toConfigProblem } from './config-problem.js';
import { countMessages, type FileReport, type ReportMessage } from './file-report.js';
import { FingerprintBuilder } from './fingerprint.js';
import { costSummary } from './template-cost-summary.js';

/**
 * Turn a core LintResult into the CLI's plain report (positions resolved, file model
 * dropped), with fingerprints when asked (`LintSettings.fingerprints`).
 */
export function toFileReport(
  result: LintResult,
  filePath: string,
  absolutePath: string,
  options: { fingerprints: boolean; costs?: ResolvedConfig },
): FileReport {
  const text = result.file.text;
  const lines = new LineIndex(text);
  const fingerprints = options.fingerprints ? new FingerprintBuilder() : undefined;
  const messages = result.findings.map((finding) => toMessage(finding, text, lines, fingerprints));
  const templates = result.file.templates.map((t) => ({
    id: t.id,
    title: t.title,
    kind: typeof t.metadata.kind === 'string' ? t.metadata.kind : undefined,
    line: lines.positionAt(t.range.start).line + 1,
    endLine: lines.positionAt(t.range.end).line + 1,
    ...(options.costs ? { cost: costSummary(templateCost(t, options.costs)) } : {}),
  }));
  const report: FileReport = { filePath, absolutePath, templates, messages, ...countMessages({ messages }) };
  if (result.configErrors && result.configErrors.length > 0) {
    report.configErrors = result.configErrors.map(toConfigProblem);
  }
  return report;
}

function toMessage(finding: Finding, text: string, lines: LineIndex, fingerprints: FingerprintBuilder | undefined): ReportMessage {
  const start = lines.positionAt(finding.range.start);
  const end = lines.positionAt(finding.range.end);
  const message: ReportMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    offset: finding.range.start,
    endOffset: finding.range.end,
  };
  if (fingerprints) message.fingerprint = fingerprints.next(finding.ruleId, finding.templateId, text.slice(finding.range.start, finding.range.end));
  if (finding.templateId !== undefined) message.templateId = finding.templateId;
  if (finding.fix) message.fix = finding.fix;
  if (finding.docsUrl) message.docsUrl = finding.docsUrl;
  return message;
}
