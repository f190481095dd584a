/** One line of a text: content [start, end), and `next`, the offset after its line break. */
export interface Line {
  start: number;
  end: number;
  next: number;
}

/**
 * Lines of text[from, to). Breaks are LF, CRLF and lone CR — the same rule Markdown,
 * Handlebars' lexer and LSP use, so line numbers agree everywhere.
 */
export function linesOf(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const end = i;
      if (c === 13 && i + 1 < to && text.charCodeAt(i + 1) === 10) i++;
      lines.push({ start, end, next: i + 1 });
      start = i + 1;
    }
  }
  if (start < to || lines.length === 0) lines.push({ start, end: to, next: to });
  return lines;
}

/** The line starting at `start`. */
export function lineAt(text: string, start: number): Line {
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 10 || c === 13) break;
    end++;
  }
  const next = end < text.length ? (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1) : end;
  return { start, end, next };
}

/** Offsets at which each line of `text` starts (lineStarts[0] === 0). */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** What is sent: CRLF and lone CR become LF. */
export function normalizeLineBreaks(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n');
}
