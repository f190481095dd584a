import type { ConfigError, ResolvedConfig } from '../config/types.js';
import type { Finding } from '../rules/types.js';
import type { TemplateFile } from '../template/types.js';
export interface LintOptions {
    /** Path of the file (decides catalog vs single format and config lookup). */
    filePath: string;
    /** Resolved config; when absent, defaults are used. */
    config?: ResolvedConfig;
    /** Honour `smslint-disable` comments (default true). */
    inlineConfig?: boolean;
    /** Extra per-rule severity overrides (CLI --rule, editor settings), applied last. */
    ruleOverrides?: Record<string, import('../config/types.js').RuleSetting>;
}
export interface LintResult {
    filePath: string;
    file: TemplateFile;
    /** Rule findings plus parse problems (ruleId 'parse-error'), sorted by range start. */
    findings: Finding[];
    /** Present when the config could not be used (findings then come from defaults). */
    configErrors?: ConfigError[];
}
export interface FixResult {
    output: string;
    /** How many fixes were applied. */
    applied: number;
    /** Findings whose fix was skipped because it overlapped an earlier one. */
    skipped: number;
}
//# sourceMappingURL=types.d.ts.map