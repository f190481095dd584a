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
    placed?: {
        at: number;
        findings: Finding[];
    };
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
    readonly stats: {
        hits: number;
        misses: number;
    };
    clear(): void;
}
/**
 * An LRU-bounded cache (default 20,000 templates: ten 2,000-template catalogs). Recency
 * is a linked list beside the map, so a hit moves two pointers instead of re-inserting
 * its key (a lint of a 2,000-template catalog is 2,000 hits).
 */
export declare function createLintCache(maxEntries?: number): LintCache;
//# sourceMappingURL=cache.d.ts.map