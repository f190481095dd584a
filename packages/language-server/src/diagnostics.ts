import type { Finding, LineIndex, OffsetRange } from '@smslint/core';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';

export const DIAGNOSTIC_SOURCE = 'smslint';

export function toRange(index: LineIndex, range: OffsetRange): Range {
  return { start: index.positionAt(range.start), end: index.positionAt(range.end) };
}

export function toOffsetRange(index: LineIndex, range: Range): OffsetRange {
  return { start: index.offsetAt(range.start), end: index.offsetAt(range.end) };
}

function toSeverity(severity: Finding['severity']): DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    default:
      return DiagnosticSeverity.Information;
  }
}

/**
 * One LSP diagnostic per finding: exact UTF-16 range, rule id as code, docs link. No `data`:
 * code actions find their findings by range, and a diagnostic that names no version stays
 * the same object (and JSON) while its template is unchanged (template-diagnostics.ts).
 */
export function toDiagnostic(finding: Finding, index: LineIndex): Diagnostic {
  const diagnostic: Diagnostic = {
    range: toRange(index, finding.range),
    severity: toSeverity(finding.severity),
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.docsUrl) diagnostic.codeDescription = { href: finding.docsUrl };
  return diagnostic;
}
