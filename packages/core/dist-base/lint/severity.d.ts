import type { RuleSetting, ResolvedConfig } from '../config/types.js';
import type { Rule, Severity } from '../rules/types.js';
import type { Template, TemplateFile, TemplateKind } from '../template/types.js';
export interface EffectiveSetting {
    severity: Severity | 'off';
    options: Record<string, unknown>;
}
/** Template kind: its metadata, else the config's `kind`, else 'support'. */
export declare function templateKind(template: Template | undefined, file: TemplateFile, config: ResolvedConfig): TemplateKind;
/**
 * Severity and options of a rule for one template kind: the rule's default for the kind,
 * overridden by config `rules`, then by `ruleOverrides` (CLI --rule, editor settings).
 */
export declare function effectiveSetting(rule: Rule, kind: TemplateKind, config: ResolvedConfig, overrides: Record<string, RuleSetting> | undefined): EffectiveSetting;
/** Whether config or overrides set this rule's severity explicitly. */
export declare function hasExplicitSetting(id: string, config: ResolvedConfig, overrides: Record<string, RuleSetting> | undefined): boolean;
//# sourceMappingURL=severity.d.ts.map