import type { Template, TemplateFile } from '../template/types.js';

/**
 * Finds the first template (in file order) whose range `[start, end)` holds an offset.
 * Parsed files list templates in document order without overlap, so a binary search
 * answers; a hand-built file that is not ordered so falls back to a scan.
 */
export function templateFinder(file: TemplateFile): (offset: number) => Template | undefined {
  const templates = file.templates;
  const scan = (offset: number) => templates.find((t) => offset >= t.range.start && offset < t.range.end);
  for (let i = 0; i < templates.length; i++) {
    const range = templates[i].range;
    if (range.start > range.end || (i > 0 && range.start < templates[i - 1].range.end)) return scan;
  }
  return (offset) => {
    let low = 0;
    let high = templates.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (templates[mid].range.start <= offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found === -1) return undefined;
    const template = templates[found];
    return offset < template.range.end ? template : undefined;
  };
}
