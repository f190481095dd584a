import type { Finding, Fix, TextEdit } from '../rules/types.js';
import type { LintCache } from './cache.js';
import { EditSet } from './edit-set.js';
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
    .map((f) => ({ fix: f.fix, first: Math.min(...f.fix.edits.map((e) => e.range.start)) }))
    .sort((a, b) => a.first - b.first)
    .map((f) => f.fix);
  const taken = new EditSet();
  let applied = 0;
  let skipped = 0;
  for (const fix of fixes) {
    if (fix.edits.some((edit) => taken.conflicts(edit))) {
      skipped++;
      continue;
    }
    for (const edit of fix.edits) taken.add(edit);
    applied++;
  }
  return { output: applyEdits(text, taken.edits), applied, skipped };
}

/**
 * Applies non-conflicting edits as if bottom-up (each on the text the later ones left). When
 * every edit ends before the next one starts — always, except for an insertion inside
 * another edit's range — that is one pass that joins the pieces, instead of re-copying
 * the whole text per edit.
 */
function applyEdits(text: string, edits: TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => a.range.start - b.range.start);
  if (ordered.some((edit, i) => i > 0 && edit.range.start < ordered[i - 1].range.end)) {
    let output = text;
    for (let i = ordered.length - 1; i >= 0; i--) {
      const edit = ordered[i];
      output = output.slice(0, edit.range.start) + edit.text + output.slice(edit.range.end);
    }
    return output;
  }
  const pieces: string[] = [];
  let at = 0;
  for (const edit of ordered) {
    pieces.push(text.slice(at, edit.range.start), edit.text);
    at = edit.range.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/**
 * Lint and fix repeatedly until nothing changes (at most MAX_FIX_PASSES rounds).
 * `result` lints the final output; a second call on `output` changes nothing.
 */
export function fixText(
  text: string,
  options: LintOptions,
  cache?: LintCache,
  limits: FixLimits = {},
): { output: string; passes: number; result: LintResult; tooLarge?: number } {
  let output = text;
  let passes = 0;
  let result = limits.initial ?? lintText(output, options, cache);
  while (passes < MAX_FIX_PASSES) {
    const fixed = applyFixes(output, result.findings);
    if (fixed.applied === 0 || fixed.output === output) break;
    // Growing past the limit: stop before linting the bigger text (time and memory).
    if (limits.maxOutputBytes !== undefined && fixed.output.length > limits.maxOutputBytes / 3) {
      const bytes = Buffer.byteLength(fixed.output, 'utf8');
      if (bytes > limits.maxOutputBytes) return { output, passes, result, tooLarge: bytes };
    }
    output = fixed.output;
    passes++;
    result = lintText(output, options, cache);
  }
  return { output, passes, result };
}

export interface FixLimits {
  /**
   * Largest fixed text, in UTF-8 bytes. When a pass would exceed it, fixing stops: output
   * and result are those of the last pass within the limit, and `tooLarge` says how big
   * the next pass would have made the text (callers then write nothing).
   */
  maxOutputBytes?: number;
  /** `lintText(text, options, cache)` when the caller already has it (saves a lint of the whole text). */
  initial?: LintResult;
}
