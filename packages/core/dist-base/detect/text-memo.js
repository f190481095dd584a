/**
 * A tiny memo of detector results keyed by the scanned text. Several rules ask the same
 * detector about the same template body (links, phone numbers, emails, opt-out, callback
 * offers and help instructions are each run by two to five rules, and again by text-speak
 * masking), and rules run one template at a time: remembering the last few texts removes
 * the repeats without holding on to a whole catalog.
 *
 * Results are shared, so callers inside this folder must treat them as read-only; public
 * entry points hand out copies (see `copyMatches`).
 */
export class TextMemo {
    capacity;
    /**
     * A ring of the last `capacity` texts: comparing a few strings is cheaper than hashing
     * each new body for a Map, and the same string object compares in constant time.
     */
    keys = [];
    values = [];
    next = 0;
    constructor(capacity) {
        this.capacity = capacity;
    }
    /** The remembered value for `key`, or `compute()` remembered under it (the oldest entry makes room). */
    get(key, compute) {
        for (let i = 0; i < this.keys.length; i++)
            if (this.keys[i] === key)
                return this.values[i];
        const value = compute();
        this.keys[this.next] = key;
        this.values[this.next] = value;
        this.next = (this.next + 1) % this.capacity;
        return value;
    }
}
/**
 * How many texts each detector remembers. All rules for one template scan the same
 * `body.masked`, so one would do; four also covers callers that interleave other texts.
 */
export const DETECTOR_MEMO_SIZE = 4;
/** Fresh match objects in a fresh array: a caller that edits its result cannot affect another's. */
export function copyMatches(matches) {
    return matches.map((m) => ({ ...m }));
}
//# sourceMappingURL=text-memo.js.map