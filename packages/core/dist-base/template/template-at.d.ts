import type { Template, TemplateFile } from './types.js';
/**
 * Index of the last template whose range starts at or before `offset` (-1 if none), by
 * binary search. `templates` must be in document order without overlap, as parsed files
 * list them.
 */
export declare function lastTemplateStartingBy(templates: readonly Template[], offset: number): number;
/** The template whose section (heading through body end, inclusive) holds `offset`. */
export declare function templateAt(file: TemplateFile, offset: number): Template | undefined;
//# sourceMappingURL=template-at.d.ts.map