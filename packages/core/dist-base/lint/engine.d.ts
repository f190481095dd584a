import type { TemplateFile } from '../template/types.js';
import type { LintCache } from './cache.js';
import type { LintOptions, LintResult } from './types.js';
/**
 * Lint a parsed file: every enabled rule on every template (reusing `cache` entries for
 * templates that did not change), file-level rules, parse problems, then inline
 * directives. Findings come sorted by start offset. Never throws.
 */
export declare function lintFile(file: TemplateFile, options: LintOptions, cache?: LintCache): LintResult;
/** Parse `text` (format from `options.filePath`) and lint it. Never throws. */
export declare function lintText(text: string, options: LintOptions, cache?: LintCache): LintResult;
//# sourceMappingURL=engine.d.ts.map