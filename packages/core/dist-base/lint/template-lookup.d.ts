import type { Template, TemplateFile } from '../template/types.js';
/**
 * Finds the first template (in file order) whose range `[start, end)` holds an offset.
 * Parsed files list templates in document order without overlap, so the binary search
 * `templateAt` uses answers; a hand-built file that is not ordered so falls back to a scan.
 */
export declare function templateFinder(file: TemplateFile): (offset: number) => Template | undefined;
//# sourceMappingURL=template-lookup.d.ts.map