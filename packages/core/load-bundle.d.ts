/** What happened to the V8 code cache of a bundle loaded by `loadBundle` (see load-bundle.js). */
export type CodeCacheOutcome = 'off' | 'missing' | 'rejected' | 'used';

export interface LoadBundleOptions {
  /** Where SMSLINT_COMPILE_CACHE / SMSLINT_DISABLE_COMPILE_CACHE are read; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Save the cache this long after the start instead of at exit (long-lived servers). */
  saveAfterMs?: number;
}

/** The cache folder the environment asks for, or undefined when caching is off. */
export function compileCacheDir(env?: NodeJS.ProcessEnv): string | undefined;

/** Run the CommonJS bundle at `bundlePath` through a V8 code cache; its exports and the cache outcome. */
export function loadBundle(bundlePath: string, options?: LoadBundleOptions): { exports: Record<string, unknown>; cache: CodeCacheOutcome };
