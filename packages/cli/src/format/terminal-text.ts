/**
 * Characters a terminal or a log viewer acts on instead of showing: C0 controls (ESC starts
 * a sequence that can set the window title or rewrite the screen, BEL rings), DEL, C1
 * controls (U+009B is a one-byte CSI) and the bidirectional overrides and isolates that
 * reorder what is shown (Trojan Source, CVE-2021-42574). Template text and file names come
 * from the linted repository, so human-readable output shows these as visible escapes.
 */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` with every unsafe character written as a visible `\u001B`-style escape. */
export function escapeControlCharacters(text: string): string {
  return text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Terminal columns for wrapping: the TTY's width, else $COLUMNS; undefined means do not wrap. */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }): number | undefined {
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const fromEnv = Number(process.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : undefined;
}

/**
 * Greedy word wrap of `text` into lines of at most `width` characters (a longer word gets
 * a line of its own, unbroken, so URLs and quoted text stay searchable).
 */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}
