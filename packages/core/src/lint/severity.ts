import type { RuleSetting, SeverityName, ResolvedConfig } from '../config/types.js';
import type { Rule, Severity } from '../rules/types.js';
import type { Template, TemplateFile, TemplateKind } from '../template/types.js';

export interface EffectiveSetting {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

const FROM_NAME: Record<SeverityName, Severity | 'off'> = { off: 'off', info: 'info', warn: 'warning', error: 'error' };

function parseSetting(setting: RuleSetting | undefined): { severity?: Severity | 'off'; options?: Record<string, unknown> } {
  if (setting === undefined) return {};
  if (typeof setting === 'string') return FROM_NAME[setting] ? { severity: FROM_NAME[setting] } : {};
  if (Array.isArray(setting)) {
    const [name, options] = setting;
    return {
      severity: FROM_NAME[name],
      options: options && typeof options === 'object' && !Array.isArray(options) ? options : undefined,
    };
  }
  return {};
}

/** Template kind: its metadata, else the config's `kind`, else 'support'. */
export function templateKind(template: Template | undefined, file: TemplateFile, config: ResolvedConfig): TemplateKind {
  return template?.metadata.kind ?? file.defaults.kind ?? config.kind ?? 'support';
}

/**
 * Severity and options of a rule for one template kind: the rule's default for the kind,
 * overridden by config `rules`, then by `ruleOverrides` (CLI --rule, editor settings).
 */
export function effectiveSetting(
  rule: Rule,
  kind: TemplateKind,
  config: ResolvedConfig,
  overrides: Record<string, RuleSetting> | undefined,
): EffectiveSetting {
  const own = (map: Record<string, RuleSetting> | undefined) =>
    map && Object.prototype.hasOwnProperty.call(map, rule.meta.id) ? map[rule.meta.id] : undefined;
  const fromConfig = parseSetting(own(config.rules));
  const fromOverride = parseSetting(own(overrides));
  return {
    severity: fromOverride.severity ?? fromConfig.severity ?? rule.meta.defaultSeverity[kind] ?? 'off',
    options: fromOverride.options ?? fromConfig.options ?? {},
  };
}

/** Whether config or overrides set this rule's severity explicitly. */
export function hasExplicitSetting(
  id: string,
  config: ResolvedConfig,
  overrides: Record<string, RuleSetting> | undefined,
): boolean {
  const has = (map: Record<string, RuleSetting> | undefined) => !!map && Object.prototype.hasOwnProperty.call(map, id);
  return has(config.rules) || has(overrides);
}
