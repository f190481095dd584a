import type { Template, TemplateFile } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';
/**
 * Where to report a finding about a template as a whole: its `##` heading in a catalog,
 * else its metadata, else its body (single files), else the whole section.
 */
export declare function templateAnchor(template: Template): OffsetRange;
/** `range` of `source` without leading/trailing whitespace (never empty unless all blank). */
export declare function trimmedRange(source: string, range: OffsetRange): OffsetRange;
/**
 * Range of a metadata entry (e.g. `sendWindow: 25:00-…` or `sendWindow=…`) in the template's metadata
 * block, else in the file's front matter; undefined when not written in either.
 */
export declare function metadataKeyRange(file: TemplateFile, template: Template, key: string): OffsetRange | undefined;
//# sourceMappingURL=template-location.d.ts.map