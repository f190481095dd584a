import type { RuleMeta } from '@smslint/core';
import type { FileReport } from '../report/file-report.js';

export interface FormatContext {
  cwd: string;
  /** ANSI colours (stylish only). */
  color: boolean;
  version: string;
  /** Metadata of every registered rule (SARIF tool.driver.rules). */
  rules: readonly RuleMeta[];
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
