import type { ResolvedConfig } from './types.js';
/** Whether `filePath` (absolute, or relative to cwd) matches one of the config's `ignore` globs. */
export declare function isIgnored(filePath: string, config: ResolvedConfig, cwd?: string): boolean;
//# sourceMappingURL=ignore.d.ts.map