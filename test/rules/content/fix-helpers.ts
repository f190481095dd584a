import { applyFixes, fixText, lintText, type Finding, type LintOptions } from '@smslint/core';
import { expect } from 'vitest';
import { findingsOf } from '../helpers.js';

const optionsFor = (options: Partial<LintOptions>): LintOptions => ({ filePath: 'test.sms.md', ...options });

/**
 * Apply every fix (`fixText`), then check that `ruleId` no longer reports and that a second
 * pass changes nothing. Returns the fixed text.
 */
export function fixAndRelint(ruleId: string, text: string, options: Partial<LintOptions> = {}): string {
  const first = fixText(text, optionsFor(options));
  expect(findingsOf(ruleId, first.output, options)).toEqual([]);
  expect(fixText(first.output, optionsFor(options)).output).toBe(first.output);
  return first.output;
}

/** Apply the first suggestion of each finding of `ruleId` (what an editor quick fix does). */
export function applySuggestions(ruleId: string, text: string, options: Partial<LintOptions> = {}): string {
  const findings = lintText(text, optionsFor(options)).findings.filter((f) => f.ruleId === ruleId && f.suggestions?.length);
  const asFixes: Finding[] = findings.map((f) => ({ ...f, fix: f.suggestions![0]!.fix }));
  return applyFixes(text, asFixes).output;
}
