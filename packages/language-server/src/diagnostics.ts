import { findingIdentity, type Finding, type LineIndex, type OffsetRange } from '@smslint/core';
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver/node';

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

/** One LSP diagnostic per finding: exact UTF-16 range, rule id as code, docs link. */
function diagnosticAt(finding: Finding, range: Range): Diagnostic {
  const diagnostic: Diagnostic = {
    range,
    severity: toSeverity(finding.severity),
    code: finding.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (finding.docsUrl) diagnostic.codeDescription = { href: finding.docsUrl };
  return diagnostic;
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/**
 * A document's diagnostics, pass after pass. The diagnostic built for a finding is used
 * again while the finding (findingIdentity: the same cached template finding, wherever its
 * template moved) keeps its line and column, so a keystroke builds objects only for the
 * template it changed, and the encoder (diagnostics-encoder.ts) re-uses their JSON.
 */
export class DiagnosticReuse {
  private built = new WeakMap<object, { finding: Finding; diagnostic: Diagnostic }>();

  diagnosticsOf(findings: readonly Finding[], index: LineIndex): Diagnostic[] {
    const out: Diagnostic[] = new Array(findings.length);
    for (let i = 0; i < findings.length; i++) {
      const finding = findings[i];
      const identity = findingIdentity(finding);
      const start = index.positionAt(finding.range.start);
      const end = finding.range.end === finding.range.start ? start : index.positionAt(finding.range.end);
      const earlier = this.built.get(identity);
      if (earlier && sameContent(earlier.finding, finding) && samePosition(earlier.diagnostic.range.start, start) && samePosition(earlier.diagnostic.range.end, end)) {
        out[i] = earlier.diagnostic;
      } else {
        const diagnostic = diagnosticAt(finding, { start, end });
        this.built.set(identity, { finding, diagnostic });
        out[i] = diagnostic;
      }
    }
    return out;
  }
}

/** What a diagnostic shows besides its range. */
function sameContent(a: Finding, b: Finding): boolean {
  return a === b || (a.ruleId === b.ruleId && a.severity === b.severity && a.message === b.message && a.docsUrl === b.docsUrl);
}
