import { type JsonLocations } from './json-source.js';
import type { ConfigError, SmslintConfig } from './types.js';
/**
 * Validate parsed config JSON against the shipped schema. Each offending value gives one
 * located error (pointer, and range when `locations` from parseJsonSource are given).
 * Never throws.
 */
export declare function validateConfig(json: unknown, file: string, locations?: JsonLocations): {
    valid: boolean;
    config: SmslintConfig;
    errors: ConfigError[];
};
//# sourceMappingURL=validate.d.ts.map