import type { Fix, Severity } from '@smslint/core';
import type { TemplateCostSummary } from './template-cost-summary.js';

/**
 * What the CLI reports for one file: plain data (it crosses worker threads and the
 * --cache file), with 1-based line/column already computed. Columns count UTF-16 code
 * units, like editors and SARIF's `utf16CodeUnits` column kind.
 */
export interface ReportMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the file text (after a UTF-8 BOM, which is not part of the text). */
  offset: number;
  endOffset: number;
  templateId?: string;
  fix?: Fix;
  docsUrl?: string;
  /**
   * Stable id of the finding for SARIF: hash of rule id, template id and flagged text
   * (computed only when the run needs it: `LintSettings.fingerprints`).
   */
  fingerprint?: string;
}

export interface TemplateSummary {
  id: string;
  title: string;
  kind?: string;
  line: number;
  endLine: number;
  /** What the template costs (only when the run asks: `LintSettings.costs`). */
  cost?: TemplateCostSummary;
}

export interface ConfigProblem {
  file: string;
  message: string;
  pointer?: string;
  /** UTF-16 offset of the problem in the config file, when known. */
  offset?: number;
}

export interface FileReport {
  /** Path relative to the working folder, forward slashes ('<stdin>' or --stdin-filename for stdin). */
  filePath: string;
  absolutePath: string;
  templates: TemplateSummary[];
  messages: ReportMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  /** An I/O problem (message ruleId 'read-error', exit code 2): the file could not be read (and was not linted), or its fix could not be written. */
  readError?: boolean;
  configErrors?: ConfigProblem[];
  /** --fix: how many fix passes changed the text, and whether the file was rewritten. */
  fixed?: boolean;
  /** --fix-dry-run / stdin --fix: the fixed text (not written). */
  output?: string;
  /** Original text, kept only when a unified diff must be printed. */
  source?: string;
}

export function countMessages(report: Pick<FileReport, 'messages'>): Pick<FileReport, 'errorCount' | 'warningCount' | 'infoCount' | 'fixableCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableCount = 0;
  for (const m of report.messages) {
    if (m.severity === 'error') errorCount++;
    else if (m.severity === 'warning') warningCount++;
    else infoCount++;
    if (m.fix) fixableCount++;
  }
  return { errorCount, warningCount, infoCount, fixableCount };
}
