const FROM_NAME = { off: 'off', info: 'info', warn: 'warning', error: 'error' };
function parseSetting(setting) {
    if (setting === undefined)
        return {};
    if (typeof setting === 'string')
        return FROM_NAME[setting] ? { severity: FROM_NAME[setting] } : {};
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
export function templateKind(template, file, config) {
    return template?.metadata.kind ?? file.defaults.kind ?? config.kind ?? 'support';
}
/**
 * Severity and options of a rule for one template kind: the rule's default for the kind,
 * overridden by config `rules`, then by `ruleOverrides` (CLI --rule, editor settings).
 */
export function effectiveSetting(rule, kind, config, overrides) {
    const own = (map) => map && Object.prototype.hasOwnProperty.call(map, rule.meta.id) ? map[rule.meta.id] : undefined;
    const fromConfig = parseSetting(own(config.rules));
    const fromOverride = parseSetting(own(overrides));
    return {
        severity: fromOverride.severity ?? fromConfig.severity ?? rule.meta.defaultSeverity[kind] ?? 'off',
        options: fromOverride.options ?? fromConfig.options ?? {},
    };
}
/** Whether config or overrides set this rule's severity explicitly. */
export function hasExplicitSetting(id, config, overrides) {
    const has = (map) => !!map && Object.prototype.hasOwnProperty.call(map, id);
    return has(config.rules) || has(overrides);
}
//# sourceMappingURL=severity.js.map