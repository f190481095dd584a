/**
 * The size guard: a document larger than the analysis limit is analysed only up to the
 * last template boundary below the limit, so a 5 MB paste cannot stall the server. Every
 * offset in the analysed prefix is the same as in the whole document.
 */
export interface AnalysisWindow {
  /** The prefix that is analysed (the whole text when under the limit). */
  text: string;
  /** True when the document was cut. */
  limited: boolean;
}

const CATALOG_HEADING = /(^|\n)## /g;

export function analysisWindow(text: string, format: 'catalog' | 'single', maxSize: number): AnalysisWindow {
  if (text.length <= maxSize) return { text, limited: false };
  let cut = -1;
  if (format === 'catalog') {
    // The start of the last `## ` heading line that begins below the limit.
    const head = text.slice(0, maxSize);
    CATALOG_HEADING.lastIndex = 0;
    for (let match = CATALOG_HEADING.exec(head); match; match = CATALOG_HEADING.exec(head)) {
      if (match.index > 0) cut = match.index + match[1].length;
    }
  }
  if (cut <= 0) {
    // No template boundary (one huge template or a single file): cut at a line break.
    const lastBreak = text.lastIndexOf('\n', maxSize - 1);
    cut = lastBreak > 0 ? lastBreak + 1 : maxSize;
    if (cut < text.length && isLowSurrogate(text.charCodeAt(cut))) cut--;
  }
  return { text: text.slice(0, cut), limited: true };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Which format a path gets, by the same rule as the template parser (`.sms` = single file). */
export function formatOf(path: string): 'catalog' | 'single' {
  return /\.sms$/i.test(path) ? 'single' : 'catalog';
}
