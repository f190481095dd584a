import { EditSet } from './edit-set.js';
import { lintText } from './engine.js';
/** Most lint-and-fix rounds fixText runs (fixes can enable further fixes). */
export const MAX_FIX_PASSES = 10;
/** Two edits conflict when they overlap, or insert at the same point / inside the other. */
function editsConflict(a, b) {
    if (a.range.start === b.range.start)
        return true;
    return Math.max(a.range.start, b.range.start) < Math.min(a.range.end, b.range.end);
}
function validFix(fix, length) {
    return (fix.edits.length > 0 &&
        fix.edits.every((e) => Number.isInteger(e.range.start) &&
            Number.isInteger(e.range.end) &&
            e.range.start >= 0 &&
            e.range.start <= e.range.end &&
            e.range.end <= length &&
            typeof e.text === 'string') &&
        fix.edits.every((e, i) => fix.edits.every((o, j) => i === j || !editsConflict(e, o))));
}
/**
 * Apply the findings' fixes to `text`: fixes are taken in document order, skipping any
 * fix with an edit that conflicts with one already taken (it may apply on a later
 * pass), then all taken edits are applied bottom-up so earlier offsets stay valid.
 */
export function applyFixes(text, findings) {
    const fixes = findings
        .filter((f) => !!f.fix && validFix(f.fix, text.length))
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
        for (const edit of fix.edits)
            taken.add(edit);
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
function applyEdits(text, edits) {
    const ordered = [...edits].sort((a, b) => a.range.start - b.range.start);
    if (ordered.some((edit, i) => i > 0 && edit.range.start < ordered[i - 1].range.end)) {
        let output = text;
        for (let i = ordered.length - 1; i >= 0; i--) {
            const edit = ordered[i];
            output = output.slice(0, edit.range.start) + edit.text + output.slice(edit.range.end);
        }
        return output;
    }
    const pieces = [];
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
export function fixText(text, options, cache) {
    let output = text;
    let passes = 0;
    let result = lintText(output, options, cache);
    while (passes < MAX_FIX_PASSES) {
        const fixed = applyFixes(output, result.findings);
        if (fixed.applied === 0 || fixed.output === output)
            break;
        output = fixed.output;
        passes++;
        result = lintText(output, options, cache);
    }
    return { output, passes, result };
}
//# sourceMappingURL=fix.js.map