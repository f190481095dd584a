/**
 * A TextDocument whose incremental changes cost the size of the change, not of the document.
 *
 * vscode-languageserver-textdocument applies a change as `text.substring(0, start) + new +
 * text.substring(end)` and then reads a character of the result: V8 flattens the whole
 * string for that, so every keystroke copied the document. A burst of 300 keystrokes on a
 * 10,000-template catalog (1.6 MB) copied 480 MB and spent more CPU in `update` and the
 * garbage collector than in the lint pass that answered it. Here the text is a list of
 * slices (a piece table) that is joined once, when the text is next read (the lint pass),
 * and line offsets are kept up to date exactly as the library does. Behaviour is the
 * library's (test/lsp/piece-text-document.test.ts checks random edit sequences against it).
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import type { DocumentUri, Position, Range, TextDocument } from 'vscode-languageserver-textdocument';

/** A slice `source[start, end)`; the document's text is its pieces in order. */
interface Piece {
  source: string;
  start: number;
  end: number;
}

/** Join the pieces once there are this many, so a document never read stays cheap to edit. */
const MAX_PIECES = 1024;

const LF = 10;
const CR = 13;

function isEol(code: number): boolean {
  return code === CR || code === LF;
}

/** Offsets where lines start in `text` (after each CR, LF or CRLF), shifted by `offset`. */
function lineOffsetsOf(text: string, atLineStart: boolean, offset = 0): number[] {
  const result = atLineStart ? [offset] : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isEol(code)) {
      if (code === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
      result.push(offset + i + 1);
    }
  }
  return result;
}

/** An offset as String#substring reads it, so that no range can make the length NaN. */
function toInteger(offset: number | undefined): number {
  const integer = Math.trunc(Number(offset));
  return Number.isNaN(integer) ? 0 : integer;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return { start: end, end: start };
  return range;
}

function isIncremental(change: TextDocumentContentChangeEvent): change is { range: Range; rangeLength?: number; text: string } {
  const candidate = change as { range?: Range; rangeLength?: number; text?: unknown };
  return candidate != null && typeof candidate.text === 'string' && candidate.range !== undefined && (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
}

function isFull(change: TextDocumentContentChangeEvent): change is { text: string } {
  const candidate = change as { range?: Range; rangeLength?: number; text?: unknown };
  return candidate != null && typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
}

export class PieceTextDocument implements TextDocument {
  private pieces: Piece[];
  private length: number;
  private lineOffsets: number[] | undefined;

  constructor(
    readonly uri: DocumentUri,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
  ) {
    this.pieces = [{ source: content, start: 0, end: content.length }];
    this.length = content.length;
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  /** The text's length in UTF-16 units, without joining the pieces (the too-large check reads it per request). */
  get textLength(): number {
    return this.length;
  }

  /**
   * A copy of the offsets where lines start (CR, LF and CRLF breaks, as core's LineIndex).
   * Typed: its elements live outside V8's heap, so the copy each keystroke's snapshot keeps
   * until the next one (64 KB of tagged values on the 8,000-line bench catalog) is not
   * copied by the young generation's collections (bench/lsp/survivors.js).
   */
  lineStarts(): Int32Array {
    return new Int32Array(this.getLineOffsets());
  }

  getText(range?: Range): string {
    const text = this.joined();
    if (!range) return text;
    return text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (isIncremental(change)) this.applyIncremental(change.range, change.text);
      else if (isFull(change)) this.replaceAll(change.text);
      else throw new Error('Unknown change event received');
    }
    this.currentVersion = version;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      if (lineOffsets[mid] > offset) high = mid;
      else low = mid + 1;
    }
    const line = low - 1;
    offset = this.beforeEol(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.length;
    return this.beforeEol(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const last = lineOffsets.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - lineOffsets[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const start = lineOffsets[line];
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const next = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.length;
    return this.joined().substring(this.beforeEol(next, lineOffsets[line]), next);
  }

  private applyIncremental(changeRange: Range, text: string): void {
    const range = wellFormed(changeRange);
    const startOffset = this.offsetAt(range.start);
    const endOffset = this.offsetAt(range.end);
    this.splice(startOffset, endOffset, text);
    const insertedEnd = startOffset + text.length;
    const crlfAtStart = this.charCodeAt(startOffset - 1) === CR && this.charCodeAt(startOffset) === LF;
    const crlfAtEnd = this.charCodeAt(insertedEnd - 1) === CR && this.charCodeAt(insertedEnd) === LF;
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    // A CRLF pair across an edit boundary is not in the inserted text's line offsets. A range
    // past the last line (no client should send one) would leave holes in the library's table;
    // here the table is rebuilt instead, since core's LineIndex takes it as it is.
    if (crlfAtStart || crlfAtEnd || this.lineOffsets === undefined || endLine >= this.lineOffsets.length) {
      this.lineOffsets = undefined;
      return;
    }
    let lineOffsets = this.lineOffsets;
    const added = lineOffsetsOf(text, false, startOffset);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
    } else if (added.length < 10_000) {
      lineOffsets.splice(startLine + 1, endLine - startLine, ...added);
    } else {
      // Too many arguments for one splice call.
      this.lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(added, lineOffsets.slice(endLine + 1));
    }
    const diff = text.length - (endOffset - startOffset);
    if (diff !== 0) {
      for (let i = startLine + 1 + added.length; i < lineOffsets.length; i++) lineOffsets[i] += diff;
    }
  }

  private replaceAll(text: string): void {
    this.pieces = [{ source: text, start: 0, end: text.length }];
    this.length = text.length;
    this.lineOffsets = undefined;
  }

  /** Replaces `[start, end)` with `text` by re-slicing the pieces (no text is copied). */
  private splice(start: number, end: number, text: string): void {
    const from = Math.min(Math.max(toInteger(start), 0), this.length);
    const to = Math.min(Math.max(toInteger(end), 0), this.length);
    const next = this.slices(0, from);
    if (text.length > 0) next.push({ source: text, start: 0, end: text.length });
    for (const piece of this.slices(to, this.length)) next.push(piece);
    this.pieces = next.length > 0 ? next : [{ source: '', start: 0, end: 0 }];
    this.length = from + text.length + (this.length - to);
    if (this.pieces.length > MAX_PIECES) this.joined();
  }

  /** The pieces that make up `[from, to)`, untouched pieces shared. */
  private slices(from: number, to: number): Piece[] {
    const out: Piece[] = [];
    let at = 0;
    for (const piece of this.pieces) {
      const size = piece.end - piece.start;
      const start = Math.max(from, at);
      const end = Math.min(to, at + size);
      if (start < end) {
        if (start === at && end === at + size) out.push(piece);
        else out.push({ source: piece.source, start: piece.start + (start - at), end: piece.start + (end - at) });
      }
      at += size;
      if (at >= to) break;
    }
    return out;
  }

  /** The character code at `offset` (NaN outside the text, like String#charCodeAt). */
  private charCodeAt(position: number): number {
    const offset = toInteger(position);
    if (offset < 0 || offset >= this.length) return NaN;
    let at = 0;
    for (const piece of this.pieces) {
      const size = piece.end - piece.start;
      if (offset < at + size) return piece.source.charCodeAt(piece.start + offset - at);
      at += size;
    }
    return NaN;
  }

  /** The whole text as one string, joining the pieces once after a run of edits. */
  private joined(): string {
    const pieces = this.pieces;
    if (pieces.length === 1 && pieces[0].start === 0 && pieces[0].end === pieces[0].source.length) return pieces[0].source;
    const text = pieces.map((piece) => piece.source.substring(piece.start, piece.end)).join('');
    this.pieces = [{ source: text, start: 0, end: text.length }];
    return text;
  }

  private getLineOffsets(): number[] {
    if (this.lineOffsets === undefined) this.lineOffsets = lineOffsetsOf(this.joined(), true);
    return this.lineOffsets;
  }

  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEol(this.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

/** The `TextDocuments` configuration that creates and updates PieceTextDocuments. */
export const pieceTextDocuments = {
  create(uri: DocumentUri, languageId: string, version: number, content: string): PieceTextDocument {
    return new PieceTextDocument(uri, languageId, version, content);
  },
  update(document: PieceTextDocument, changes: TextDocumentContentChangeEvent[], version: number): PieceTextDocument {
    document.update(changes, version);
    return document;
  },
};
