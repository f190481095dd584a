import type { ResolvedConfig, SmslintConfig } from './types.js';
/**
 * Merge configs, `configs[0]` nearest (wins). Maps (rules, variables, textSpeak.extra)
 * merge per key; textSpeak.allow and ignore accumulate; scalars take the nearest value.
 */
export declare function mergeConfigs(configs: SmslintConfig[], sources: string[]): ResolvedConfig;
//# sourceMappingURL=merge.d.ts.map