import type { PlaceholderMatch } from './types.js';

/** Every match of a global pattern as a body-relative range. */
export function scanAll(pattern: RegExp, text: string): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    if (match[0].length === 0) pattern.lastIndex++;
  }
  return found;
}
