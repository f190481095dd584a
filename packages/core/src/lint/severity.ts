import type { RuleSetting, SeverityName, ResolvedConfig } from '../config/types.js';
import type { Rule, Severity } from '../rules/types.js';
import type { Template, TemplateFile, TemplateKind } from '../template/types.js';

export interface EffectiveSetting {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

const FROM_NAME: Record<string, Severity | 'off'> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error', 0: 'off', 1: 'warning', 2: 'error' };

/** Every accepted spelling of a severity, in the order docs and messages list them. */
export const SEVERITY_NAMES: readonly SeverityName[] = ['off', 'info', 'warn', 'warning', 'error', 0, 1, 2];

/** The severity a config or command-line spelling means ("warn", "warning", 1 → warning), or undefined. */
export function severityFromName(name: unknown): Severity | 'off' | undefined {
  if (typeof name !== 'string' && typeof name !== 'number') return undefined;
  return Object.prototype.hasOwnProperty.call(FROM_NAME, String(name)) ? FROM_NAME[String(name)] : undefined;
}

function parseSetting(setting: RuleSetting | undefined): { severity?: Severity | 'off'; options?: Record<string, unknown> } {
  if (setting === undefined) return {};
  if (!Array.isArray(setting)) {
    const severity = severityFromName(setting);
    return severity ? { severity } : {};
  }
  const [name, options] = setting;
  return {
    severity: severityFromName(name),
    options: options && typeof options === 'object' && !Array.isArray(options) ? options : undefined,
  };
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
