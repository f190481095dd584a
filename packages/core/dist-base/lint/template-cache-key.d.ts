import type { Template, TemplateFile } from '../template/types.js';
import type { LintCache } from './cache.js';
/**
 * Cache keys for the templates of one lint. A key holds everything a template's check()
 * can see: the config (`configKey`), the file format and front matter — the same for the
 * whole file, so built once per lint and interned to a short id instead of being copied
 * into each of thousands of keys — then the template's id, effective metadata and raw text.
 * An unchanged template (or the memoising parser's moved copy of it) gets the same key
 * string object as last time, already flat and hashed: no slicing, joining or rehashing.
 * Since hand-built files may share metadata objects or place a template in another text,
 * the memo is used only when its context, id, metadata, default variable and text all match.
 */
export declare function templateKeys(cache: LintCache, file: TemplateFile, configKey: string): (template: Template) => string;
//# sourceMappingURL=template-cache-key.d.ts.map