import type { Finding } from '../rules/types.js';

/** A template's rule findings, stored relative to the template's start offset. */
export interface CachedTemplateFindings {
  /** Findings inside the template, offsets relative to its start. */
  relative: Finding[];
  /** Findings outside it (front matter lines): absolute, valid while the key holds. */
  absolute: Finding[];
  /**
   * The findings as last returned for a template starting at `at`: re-used as they are
   * while the template does not move, so an unchanged catalog allocates nothing per lint.
   */
  placed?: { at: number; findings: Finding[] };
}

/**
 * Reuses per-template findings between lints of the same (or another) document. The key
 * is the template's raw text + effective metadata + front matter + config identity, so a
 * keystroke in one template re-runs the rules only for that template. Findings handed
 * out from the cache are shared between lint results: callers must not mutate them.
 */
export interface LintCache {
  get(key: string): CachedTemplateFindings | undefined;
  set(key: string, value: CachedTemplateFindings): void;
  /** Number of cached templates (for diagnostics and tests). */
  readonly size: number;
  /** How many lookups hit / missed since creation. */
  readonly stats: { hits: number; misses: number };
  /**
   * Changes the bound, evicting the least recently used entries beyond it. An editor sizes
   * its document's cache to the document: every keystroke adds an entry for the edited
   * template, and the entries of its earlier texts are the least recently used.
   */
  limit(maxEntries: number): void;
  clear(): void;
}

/** A cache entry in recency order (a doubly linked list: least recently used first). */
interface Slot {
  key: string;
  value: CachedTemplateFindings;
  older: Slot | null;
  newer: Slot | null;
}

/**
 * An LRU-bounded cache (default 20,000 templates: ten 2,000-template catalogs). Recency
 * is a linked list beside the map, so a hit moves two pointers instead of re-inserting
 * its key (a lint of a 2,000-template catalog is 2,000 hits).
 */
export function createLintCache(maxEntries = 20_000): LintCache {
  const slots = new Map<string, Slot>();
  const stats = { hits: 0, misses: 0 };
  let oldest: Slot | null = null;
  let newest: Slot | null = null;

  const unlink = (slot: Slot) => {
    if (slot.older) slot.older.newer = slot.newer;
    else oldest = slot.newer;
    if (slot.newer) slot.newer.older = slot.older;
    else newest = slot.older;
    slot.older = slot.newer = null;
  };
  const append = (slot: Slot) => {
    slot.older = newest;
    slot.newer = null;
    if (newest) newest.newer = slot;
    else oldest = slot;
    newest = slot;
  };

  const evictBeyond = (bound: number) => {
    while (slots.size > bound && oldest) {
      const evicted: Slot = oldest;
      unlink(evicted);
      slots.delete(evicted.key);
    }
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
      const slot: Slot = { key, value, older: null, newer: null };
      slots.set(key, slot);
      append(slot);
      evictBeyond(maxEntries);
    },
    limit(entries) {
      maxEntries = entries;
      evictBeyond(maxEntries);
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
