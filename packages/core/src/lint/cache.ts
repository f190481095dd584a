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
  clear(): void;
}

/** An LRU-bounded cache (default 20,000 templates: ten 2,000-template catalogs). */
export function createLintCache(maxEntries = 20_000): LintCache {
  const entries = new Map<string, CachedTemplateFindings>();
  const stats = { hits: 0, misses: 0 };
  return {
    get(key) {
      const value = entries.get(key);
      if (value === undefined) {
        stats.misses++;
        return undefined;
      }
      stats.hits++;
      entries.delete(key); // refresh recency
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value as string;
        entries.delete(oldest);
      }
    },
    get size() {
      return entries.size;
    },
    stats,
    clear() {
      entries.clear();
      stats.hits = 0;
      stats.misses = 0;
    },
  };
}
