/**
 * Documents above `maxDocumentSize` are not analysed, but their text must still follow the
 * client's incremental edits (it may shrink again). The protocol library's TextDocument
 * copies the whole text and rewrites its line table on every edit, so 1,000 edits of a
 * 20 MB document cost over a minute. A large document is kept here as an array of lines
 * instead: an edit rebuilds only the lines it touches. The text is joined only when the
 * document becomes small again (it then goes back to a plain TextDocument).
 * Equal to TextDocument on random edits: test/lsp/large-text-document.test.ts.
 */
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver/node';

export class LargeTextDocument implements TextDocument {
  /** Lines with their terminators (LF, CRLF or CR); the last one has none. */
  private lines: string[];
  private total: number;
  private joined: string | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.lines = splitLines(text);
    this.total = text.length;
    this.joined = text;
  }

  /** Length in UTF-16 units, without joining the text. */
  get length(): number {
    return this.total;
  }

  get lineCount(): number {
    return this.lines.length;
  }

  getText(range?: Range): string {
    this.joined ??= this.lines.join('');
    if (!range) return this.joined;
    return this.joined.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lines.length) return this.total;
    let offset = 0;
    for (let i = 0; i < position.line; i++) offset += this.lines[i].length;
    return offset + this.clampCharacter(position.line, position.character);
  }

  positionAt(offset: number): Position {
    let rest = Math.max(0, Math.min(offset, this.total));
    for (let line = 0; line < this.lines.length; line++) {
      const content = contentLength(this.lines[line]);
      if (rest <= content || line === this.lines.length - 1) return { line, character: Math.min(rest, content) };
      rest -= this.lines[line].length;
      if (rest < 0) return { line, character: content };
    }
    return { line: 0, character: 0 };
  }

  getLineRange(line: number): Range {
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    if (line >= this.lines.length) {
      const end = this.positionAt(this.total);
      return { start: end, end };
    }
    return { start: { line, character: 0 }, end: { line, character: contentLength(this.lines[line]) } };
  }

  getEOLCharacters(line: number): string {
    if (line < 0 || line >= this.lines.length) return '';
    return this.lines[line].slice(contentLength(this.lines[line]));
  }

  /** Apply the client's changes in order. */
  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    this.version = version;
    this.joined = undefined;
    for (const change of changes) {
      if (!('range' in change)) {
        this.lines = splitLines(change.text);
        this.total = change.text.length;
        continue;
      }
      const [start, end] = ordered(change.range.start, change.range.end);
      const startLine = Math.max(0, Math.min(start.line, this.lines.length - 1));
      const endLine = Math.max(0, Math.min(end.line, this.lines.length - 1));
      const startChar = start.line >= this.lines.length ? contentLength(this.lines[startLine]) : start.line < 0 ? 0 : this.clampCharacter(startLine, start.character);
      const endChar = end.line >= this.lines.length ? this.lines[endLine].length : end.line < 0 ? 0 : this.clampCharacter(endLine, end.character);
      // A lone CR ending the line before may join an LF the edit puts first: re-split it too.
      const from = startLine > 0 && this.lines[startLine - 1].endsWith('\r') && !this.lines[startLine - 1].endsWith('\r\n') ? startLine - 1 : startLine;
      const head = from < startLine ? this.lines[from] : '';
      const replaced = head + this.lines[startLine].slice(0, startChar) + change.text + this.lines[endLine].slice(endChar);
      let removed = 0;
      for (let i = from; i <= endLine; i++) removed += this.lines[i].length;
      const fresh = splitLines(replaced);
      // The last line of the document has no terminator; keep an empty one only there.
      if (fresh.length > 1 && fresh[fresh.length - 1] === '' && endLine < this.lines.length - 1) fresh.pop();
      this.lines.splice(from, endLine - from + 1, ...fresh);
      this.total += replaced.length - removed;
    }
  }

  private clampCharacter(line: number, character: number): number {
    return Math.max(0, Math.min(character, contentLength(this.lines[line])));
  }
}

function ordered(a: Position, b: Position): [Position, Position] {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
}

/** A line's length without its terminator. */
function contentLength(line: string): number {
  if (line.endsWith('\r\n')) return line.length - 2;
  if (line.endsWith('\n') || line.endsWith('\r')) return line.length - 1;
  return line.length;
}

/** Lines with their terminators; always at least one (possibly empty) line. */
function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  lines.push(text.slice(start));
  return lines;
}

/** Text length without joining a large document's lines. */
export function documentLength(document: TextDocument): number {
  return document instanceof LargeTextDocument ? document.length : document.getText().length;
}

/**
 * The TextDocuments configuration: plain TextDocuments up to `maxSize` UTF-16 units, line
 * arrays above it, switching either way as edits cross the size.
 */
export function sizeAwareDocuments(maxSize: () => number) {
  return {
    create(uri: string, languageId: string, version: number, content: string): TextDocument {
      return content.length > maxSize() ? new LargeTextDocument(uri, languageId, version, content) : TextDocument.create(uri, languageId, version, content);
    },
    update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
      if (document instanceof LargeTextDocument) {
        document.update(changes, version);
        return document.length > maxSize() ? document : TextDocument.create(document.uri, document.languageId, version, document.getText());
      }
      const updated = TextDocument.update(document, changes, version);
      const text = updated.getText();
      return text.length > maxSize() ? new LargeTextDocument(updated.uri, updated.languageId, version, text) : updated;
    },
  };
}
