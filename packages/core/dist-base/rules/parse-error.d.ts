import type { Rule } from './types.js';
/**
 * Parse problems (front matter YAML, metadata, Handlebars syntax, structure) are found by
 * the template parser; the lint engine reports them under this id, with the problem's own
 * severity. This module exists so the id can be configured, disabled and documented.
 */
export declare const parseError: Rule;
//# sourceMappingURL=parse-error.d.ts.map