import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Snapshot } from './document-analysis.js';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';

/** Says where and why analysis stopped, so a cut document never looks silently clean. */
export function limitedAnalysisDiagnostic(snapshot: Snapshot, maxSize: number): Diagnostic {
  const at = snapshot.index.positionAt(snapshot.analysedLength);
  return {
    range: { start: at, end: at },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'analysis-limited',
    message:
      `smslint analysed only the first ${snapshot.analysedLength.toLocaleString('en-US')} characters of this ` +
      `${snapshot.text.length.toLocaleString('en-US')}-character document (limit ${maxSize.toLocaleString('en-US')}, ` +
      '`maxAnalysisSize` in initializationOptions). Templates from here on are not checked; the CLI checks the whole file.',
  };
}
