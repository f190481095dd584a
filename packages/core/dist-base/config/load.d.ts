import type { ConfigError, ResolvedConfig, SmslintConfig } from './types.js';
/** Config file names, in the order they are looked for in each folder. */
export declare const CONFIG_FILE_NAMES: readonly ["smslint.config.json", ".smslintrc.json"];
export interface LoadConfigOptions {
    /** Use exactly this config file (no discovery, no merging). */
    configFile?: string;
    /** Base for a relative filePath / configFile (default process.cwd()). */
    cwd?: string;
}
export interface LoadConfigResult {
    config: ResolvedConfig;
    errors: ConfigError[];
}
interface ReadConfig {
    config: SmslintConfig;
    errors: ConfigError[];
}
/** Forget every loaded config (call when any config file changes, is created or deleted). */
export declare function clearConfigCache(): void;
/**
 * Read one config file. JSON only, parsed by our own parser: nothing from the
 * workspace is ever required, imported or evaluated. Never throws.
 */
export declare function readConfigFile(file: string): ReadConfig;
/**
 * The config for `filePath`: the nearest smslint.config.json (or .smslintrc.json) walking up
 * from the file's folder, merged with parents' configs up to one with `root: true`.
 * With `configFile`, exactly that file. Errors are returned, never thrown; invalid values
 * are left out and defaults apply for them. Results are memoised per folder.
 */
export declare function loadConfig(filePath: string, options?: LoadConfigOptions): LoadConfigResult;
export {};
//# sourceMappingURL=load.d.ts.map