import type { Finding, Fix, TextEdit } from '../rules/types.js';
import type { LintCache } from './cache.js';
import { lintText } from './engine.js';
import type { FixResult, LintOptions, LintResult } from './types.js';

/** Most lint-and-fix rounds fixText runs (fixes can enable further fixes). */
export const MAX_FIX_PASSES = 10;

/** Two edits conflict when they overlap, or insert at the same point / inside the other. */
function editsConflict(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === b.range.start) return true;
  return Math.max(a.range.start, b.range.start) < Math.min(a.range.end, b.range.end);
}

function validFix(fix: Fix, length: number): boolean {
  return (
    fix.edits.length > 0 &&
    fix.edits.every(
      (e) =>
        Number.isInteger(e.range.start) &&
        Number.isInteger(e.range.end) &&
        e.range.start >= 0 &&
        e.range.start <= e.range.end &&
        e.range.end <= length &&
        typeof e.text === 'string',
    ) &&
    fix.edits.every((e, i) => fix.edits.every((o, j) => i === j || !editsConflict(e, o)))
  );
}

/**
 * Apply the findings' fixes to `text`: fixes are taken in document order, skipping any
 * fix with an edit that conflicts with one already taken (it may apply on a later
 * pass), then all taken edits are applied bottom-up so earlier offsets stay valid.
 */
export function applyFixes(text: string, findings: readonly Finding[]): FixResult {
  const fixes = findings
    .filter((f): f is Finding & { fix: Fix } => !!f.fix && validFix(f.fix, text.length))
    .map((f) => f.fix)
    .sort((a, b) => Math.min(...a.edits.map((e) => e.range.start)) - Math.min(...b.edits.map((e) => e.range.start)));
  const taken: TextEdit[] = [];
  let applied = 0;
  let skipped = 0;
  for (const fix of fixes) {
    if (fix.edits.some((edit) => taken.some((other) => editsConflict(edit, other)))) {
      skipped++;
      continue;
    }
    taken.push(...fix.edits);
    applied++;
  }
  taken.sort((a, b) => b.range.start - a.range.start);
  let output = text;
  for (const edit of taken) output = output.slice(0, edit.range.start) + edit.text + output.slice(edit.range.end);
  return { output, applied, skipped };
}

/**
 * Lint and fix repeatedly until nothing changes (at most MAX_FIX_PASSES rounds).
 * `result` lints the final output; a second call on `output` changes nothing.
 */
export function fixText(
  text: string,
  options: LintOptions,
  cache?: LintCache,
): { output: string; passes: number; result: LintResult } {
  let output = text;
  let passes = 0;
  let result = lintText(output, options, cache);
  while (passes < MAX_FIX_PASSES) {
    const fixed = applyFixes(output, result.findings);
    if (fixed.applied === 0 || fixed.output === output) break;
    output = fixed.output;
    passes++;
    result = lintText(output, options, cache);
  }
  return { output, passes, result };
}
