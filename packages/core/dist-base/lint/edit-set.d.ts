import type { TextEdit } from '../rules/types.js';
/**
 * Edits taken so far by applyFixes, indexed so that checking a new edit against all of them
 * costs a binary search instead of a scan (a --fix of a 10,000-template catalog takes
 * thousands of fixes). Two edits conflict when they start at the same offset or their
 * non-empty ranges overlap (`editsConflict` in fix.ts); taken edits never conflict with each
 * other, so their starts are distinct and their non-empty ranges are disjoint.
 */
export declare class EditSet {
    private readonly starts;
    /** Non-empty taken ranges in start order (disjoint, so their ends are in order too). */
    private readonly spans;
    readonly edits: TextEdit[];
    conflicts(edit: TextEdit): boolean;
    add(edit: TextEdit): void;
    /** Index of the last span with start < offset, or -1. */
    private lastStartingBefore;
}
//# sourceMappingURL=edit-set.d.ts.map