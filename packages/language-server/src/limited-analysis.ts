import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Snapshot } from './document-analysis.js';
import { DIAGNOSTIC_SOURCE } from './diagnostics.js';

/**
 * The one diagnostic of a document above `maxDocumentSize`: nothing else is computed for
 * it (no parse, no line index, no hover), so a 20 MB paste costs the server almost nothing.
 */
export function tooLargeDiagnostic(length: number, maxSize: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: 'document-too-large',
    message:
      `This document is too large to lint live (${length.toLocaleString('en-US')} characters; the limit is ` +
      `${maxSize.toLocaleString('en-US')}, \`maxDocumentSize\` in initializationOptions). smslint lints it again once it is smaller; split large catalogs into several files.`,
  };
}

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
