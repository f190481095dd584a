import type { Template, TemplateFile } from './types.js';

/** The template whose section (heading through body end, inclusive) holds `offset`. */
export function templateAt(file: TemplateFile, offset: number): Template | undefined {
  const templates = file.templates;
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
  return offset <= template.range.end ? template : undefined;
}
