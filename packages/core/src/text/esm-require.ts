/**
 * Node's `require` for the ES module build (the tsc output), which has none of its own.
 * The core loads some CommonJS libraries synchronously on first use; see
 * template/lazy-libraries.ts. `node:module` is reached through `process.getBuiltinModule`
 * (Node ≥ 20.16) instead of an import, so that a browser bundle of the core (the
 * playground) carries no Node built-in: there, esbuild's own `require` is used instead.
 */
let cached: NodeJS.Require | undefined;

export function esmRequire(): NodeJS.Require {
  return (cached ??= process.getBuiltinModule('node:module').createRequire(import.meta.url));
}

/**
 * Node's `path`, for the few places that resolve file paths (config `overrides` and
 * `sources` globs). Reached at call time, so the browser bundle carries no Node built-in;
 * those places only run where a config from disk has such entries.
 */
export function nodePath(): typeof import('node:path') {
  return process.getBuiltinModule('node:path');
}
