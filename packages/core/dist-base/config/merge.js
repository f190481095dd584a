/**
 * Merge configs, `configs[0]` nearest (wins). Maps (rules, variables, textSpeak.extra)
 * merge per key; textSpeak.allow and ignore accumulate; scalars take the nearest value.
 */
export function mergeConfigs(configs, sources) {
    const merged = { sources };
    for (const config of [...configs].reverse()) {
        for (const [key, value] of Object.entries(config)) {
            if (value === undefined || key === '$schema' || key === 'root')
                continue;
            switch (key) {
                case 'rules':
                case 'variables':
                    merged[key] = {
                        ...(merged[key] ?? {}),
                        ...value,
                    };
                    break;
                case 'textSpeak': {
                    const next = value;
                    const prev = merged.textSpeak ?? {};
                    merged.textSpeak = {
                        allow: [...(prev.allow ?? []), ...(next.allow ?? [])],
                        extra: { ...(prev.extra ?? {}), ...(next.extra ?? {}) },
                    };
                    break;
                }
                case 'ignore':
                    merged.ignore = [...(merged.ignore ?? []), ...value];
                    break;
                default:
                    merged[key] = value;
            }
        }
    }
    return merged;
}
//# sourceMappingURL=merge.js.map