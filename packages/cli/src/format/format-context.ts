import type { RuleMeta } from '@smslint/core';
import type { FileReport } from '../report/file-report.js';

export interface FormatContext {
  cwd: string;
  /** ANSI colours (stylish only). */
  color: boolean;
  version: string;
  /** Metadata of every registered rule (SARIF tool.driver.rules). */
  rules: readonly RuleMeta[];
  /**
   * What stopped or spoilt the run itself (an invalid or missing config, a pattern that
   * matches nothing): every format shows them, so a CI job never looks clean on exit 2.
   */
  runErrors: readonly RunError[];
  /** Terminal columns that human output wraps at; undefined: no wrapping (a pipe). */
  width?: number;
  /** --quiet: how many findings below error it left out. */
  hidden?: { warningCount: number; infoCount: number };
}

/** A config, usage or I/O error of the run, located in a file when it has one. */
export interface RunError {
  message: string;
  /** Relative to the working folder, forward slashes. */
  filePath?: string;
  /** 1-based, present with filePath. */
  line?: number;
  column?: number;
}

/** A formatter turns the reports of a whole run into the text written to stdout / --output-file. */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function totals(reports: readonly FileReport[]): { errorCount: number; warningCount: number; infoCount: number; fixableCount: number } {
  const sum = { errorCount: 0, warningCount: 0, infoCount: 0, fixableCount: 0 };
  for (const r of reports) {
    sum.errorCount += r.errorCount;
    sum.warningCount += r.warningCount;
    sum.infoCount += r.infoCount;
    sum.fixableCount += r.fixableCount;
  }
  return sum;
}
