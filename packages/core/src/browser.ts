/**
 * @smslint/core for browsers (the playground): everything that analyses text, and nothing
 * that reads files. Config discovery and validation (`config/load.ts`, ajv) stay behind
 * the Node entry (`index.ts`); a browser caller builds its `ResolvedConfig` itself.
 * `packages/playground/build.mjs` bundles this entry and fails on any Node built-in.
 */
export * from './text/index.js';
export * from './encoding/index.js';
export * from './template/index.js';
export * from './detect/index.js';
export type * from './config/types.js';
export * from './rules/index.js';
export * from './lint/index.js';
export * from './cost/index.js';
