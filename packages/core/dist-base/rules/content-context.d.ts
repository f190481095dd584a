import type { ResolvedConfig } from '../config/types.js';
import type { Region, Template, TemplateKind } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';
/**
 * What the content rules read about a template. Detectors run on `body.masked`, where every
 * mustache is U+FFFC of the same length, so masked offset i is document offset
 * `body.range.start + i`.
 */
export declare function documentRange(template: Template, match: {
    start: number;
    end: number;
}): OffsetRange;
/** Template kind as the lint engine resolves it: metadata (front matter merged), config, 'support'. */
export declare function kindOf(template: Template, config: ResolvedConfig): TemplateKind;
/** Region profile: metadata, config, else 'us'. */
export declare function regionOf(template: Template, config: ResolvedConfig): Region;
/** The brand a template should name: template metadata (or front matter) over config; undefined if unset. */
export declare function brandOf(template: Template, config: ResolvedConfig): string | undefined;
/** A string config value, or `fallback` when unset, blank or not a string. */
export declare function configText(value: unknown, fallback: string): string;
//# sourceMappingURL=content-context.d.ts.map