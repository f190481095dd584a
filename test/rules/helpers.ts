import { lintText, type Finding, type LintOptions } from '@smslint/core';

/** Findings of one rule for a catalog (or a .sms file when filePath says so). */
export function findingsOf(ruleId: string, text: string, options: Partial<LintOptions> = {}): Finding[] {
  return lintText(text, { filePath: 'test.sms.md', ...options }).findings.filter((f) => f.ruleId === ruleId);
}

/** The document text each finding points at. */
export function spans(text: string, findings: Finding[]): string[] {
  return findings.map((f) => text.slice(f.range.start, f.range.end));
}
