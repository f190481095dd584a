/**
 * An LRU-bounded cache (default 20,000 templates: ten 2,000-template catalogs). Recency
 * is a linked list beside the map, so a hit moves two pointers instead of re-inserting
 * its key (a lint of a 2,000-template catalog is 2,000 hits).
 */
export function createLintCache(maxEntries = 20_000) {
    const slots = new Map();
    const stats = { hits: 0, misses: 0 };
    let oldest = null;
    let newest = null;
    const unlink = (slot) => {
        if (slot.older)
            slot.older.newer = slot.newer;
        else
            oldest = slot.newer;
        if (slot.newer)
            slot.newer.older = slot.older;
        else
            newest = slot.older;
        slot.older = slot.newer = null;
    };
    const append = (slot) => {
        slot.older = newest;
        slot.newer = null;
        if (newest)
            newest.newer = slot;
        else
            oldest = slot;
        newest = slot;
    };
    return {
        get(key) {
            const slot = slots.get(key);
            if (slot === undefined) {
                stats.misses++;
                return undefined;
            }
            stats.hits++;
            if (slot !== newest) {
                unlink(slot);
                append(slot);
            }
            return slot.value;
        },
        set(key, value) {
            const existing = slots.get(key);
            if (existing) {
                unlink(existing);
                slots.delete(key);
            }
            const slot = { key, value, older: null, newer: null };
            slots.set(key, slot);
            append(slot);
            while (slots.size > maxEntries && oldest) {
                const evicted = oldest;
                unlink(evicted);
                slots.delete(evicted.key);
            }
        },
        get size() {
            return slots.size;
        },
        stats,
        clear() {
            slots.clear();
            oldest = newest = null;
            stats.hits = 0;
            stats.misses = 0;
        },
    };
}
//# sourceMappingURL=cache.js.map