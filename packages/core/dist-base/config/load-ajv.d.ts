import type * as AjvModule from 'ajv';
/**
 * ajv, loaded on its first use: only a config file needs validating, and loading ajv cost
 * tens of milliseconds of every cold start (CLI, language server) even without one.
 * `loadConfig` is synchronous, so this cannot be a dynamic `import()`. Under Node's ESM
 * (the tsc output) there is no `require`, and `createRequire` loads the CommonJS package.
 * In a CommonJS bundle (the VS Code extension's esbuild build) `require` exists, and the
 * literal `require('ajv')` is what esbuild sees, bundles, and evaluates only when called.
 */
export declare function loadAjv(): typeof AjvModule.Ajv;
//# sourceMappingURL=load-ajv.d.ts.map