import type { Position } from './range.js';

/**
 * Converts document offsets to line/character positions and back.
 * Line breaks are LF, CRLF and lone CR (as LSP defines them); characters are UTF-16
 * code units, so an emoji counts 2 — the unit LSP positions use by default.
 */
export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is always 0. */
  readonly lineStarts: ArrayLike<number>;

  /**
   * `lineStarts`, when given, are the text's line starts as this scan would find them (the
   * language server's documents keep theirs up to date edit by edit, so a keystroke does not
   * rescan the whole text). They are kept as given, so they must not change afterwards (the
   * server hands over a typed copy: see PieceTextDocument.lineStarts).
   */
  constructor(
    readonly text: string,
    lineStarts?: ArrayLike<number>,
  ) {
    if (lineStarts) {
      this.lineStarts = lineStarts;
      return;
    }
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* CR */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c === 10 /* LF */) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + position.character, end));
  }

  /** Offset just before the line break of `line` (or the end of the text). */
  lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    let end = next;
    if (end > this.lineStarts[line] && line + 1 < this.lineStarts.length) {
      end--; // the LF or lone CR
      if (this.text.charCodeAt(end) === 10 && end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    }
    return end;
  }
}
