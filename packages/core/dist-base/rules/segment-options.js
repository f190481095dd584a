/** Counting options every encoding rule derives from the config (shift tables, graphemes). */
export function countOptionsOf(config) {
    const options = {};
    if (config.shiftTables)
        options.shiftTables = config.shiftTables;
    if (config.graphemes)
        options.graphemes = config.graphemes;
    return options;
}
export function segmentRangeOptions(config) {
    return { variables: config.variables, countOptions: countOptionsOf(config) };
}
//# sourceMappingURL=segment-options.js.map