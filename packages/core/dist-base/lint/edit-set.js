/**
 * Edits taken so far by applyFixes, indexed so that checking a new edit against all of them
 * costs a binary search instead of a scan (a --fix of a 10,000-template catalog takes
 * thousands of fixes). Two edits conflict when they start at the same offset or their
 * non-empty ranges overlap (`editsConflict` in fix.ts); taken edits never conflict with each
 * other, so their starts are distinct and their non-empty ranges are disjoint.
 */
export class EditSet {
    starts = new Set();
    /** Non-empty taken ranges in start order (disjoint, so their ends are in order too). */
    spans = [];
    edits = [];
    conflicts(edit) {
        const { start, end } = edit.range;
        if (this.starts.has(start))
            return true;
        if (start >= end)
            return false; // an insertion conflicts only by its start
        // The non-empty span starting last before `end` is the only one that can reach past `start`.
        const i = this.lastStartingBefore(end);
        return i >= 0 && this.spans[i].end > start;
    }
    add(edit) {
        const { start, end } = edit.range;
        this.edits.push(edit);
        this.starts.add(start);
        if (start < end)
            this.spans.splice(this.lastStartingBefore(end) + 1, 0, { start, end });
    }
    /** Index of the last span with start < offset, or -1. */
    lastStartingBefore(offset) {
        let low = 0;
        let high = this.spans.length - 1;
        let found = -1;
        while (low <= high) {
            const mid = (low + high) >> 1;
            if (this.spans[mid].start < offset) {
                found = mid;
                low = mid + 1;
            }
            else
                high = mid - 1;
        }
        return found;
    }
}
//# sourceMappingURL=edit-set.js.map