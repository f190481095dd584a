/**
 * What the content rules read about a template. Detectors run on `body.masked`, where every
 * mustache is U+FFFC of the same length, so masked offset i is document offset
 * `body.range.start + i`.
 */
export function documentRange(template, match) {
    const base = template.body.range.start;
    return { start: base + match.start, end: base + match.end };
}
/** Template kind as the lint engine resolves it: metadata (front matter merged), config, 'support'. */
export function kindOf(template, config) {
    return template.metadata.kind ?? config.kind ?? 'support';
}
/** Region profile: metadata, config, else 'us'. */
export function regionOf(template, config) {
    const region = template.metadata.region ?? config.region;
    return region === 'us' || region === 'us-strict' || region === 'ca' || region === 'uk-eu' ? region : 'us';
}
/** The brand a template should name: template metadata (or front matter) over config; undefined if unset. */
export function brandOf(template, config) {
    for (const candidate of [template.metadata.brand, config.brand]) {
        if (typeof candidate === 'string' && candidate.trim() !== '')
            return candidate.trim();
    }
    return undefined;
}
/** A string config value, or `fallback` when unset, blank or not a string. */
export function configText(value, fallback) {
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}
//# sourceMappingURL=content-context.js.map