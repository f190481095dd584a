/**
 * PieceTextDocument (the server's documents) must behave exactly like
 * vscode-languageserver-textdocument's TextDocument, whose per-keystroke copy of the whole
 * text it avoids: random edit sequences over texts full of CR, LF, CRLF and surrogate pairs,
 * with ranges past line ends, reversed, and whole-text replacements. Lines stay within the
 * document: a range past the last line corrupts the library's own line table.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../packages/core/src/text/line-index.js';
import { PieceTextDocument } from '../../packages/language-server/src/piece-text-document.js';

const RUNS = { numRuns: 400 };

const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', 'é', '😀', '{{', '}}'), { maxLength: 40 }).map((parts) => parts.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 14 }) });
const change = fc.oneof(
  { weight: 6, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string } | { text: string };

/** The changes with their lines clamped to the document each one applies to. */
function withinLines(document: TextDocument, changes: Change[]): Change[] {
  const scratch = TextDocument.create(document.uri, document.languageId, 0, document.getText());
  return changes.map((change) => {
    if (!('range' in change)) {
      TextDocument.update(scratch, [change], 0);
      return change;
    }
    const last = scratch.lineCount - 1;
    const clamp = (p: { line: number; character: number }) => ({ line: Math.min(p.line, last), character: p.character });
    const clamped = { range: { start: clamp(change.range.start), end: clamp(change.range.end) }, text: change.text };
    TextDocument.update(scratch, [clamped], 0);
    return clamped;
  });
}

/** Every observable of both documents must agree. */
function expectSame(piece: PieceTextDocument, library: TextDocument): void {
  expect(piece.getText()).toBe(library.getText());
  expect(piece.lineCount).toBe(library.lineCount);
  // The line starts it hands to core's LineIndex are the ones LineIndex's own scan finds.
  expect(Array.from(piece.lineStarts())).toEqual(new LineIndex(library.getText()).lineStarts);
  expect(piece.version).toBe(library.version);
  const length = library.getText().length;
  for (let offset = -1; offset <= length + 1; offset++) expect(piece.positionAt(offset)).toEqual(library.positionAt(offset));
  for (let line = -1; line <= library.lineCount; line++) {
    expect(piece.getLineRange(line)).toEqual(library.getLineRange(line));
    expect(piece.getEOLCharacters(line)).toBe(library.getEOLCharacters(line));
    for (let character = -1; character <= 8; character++) expect(piece.offsetAt({ line, character })).toBe(library.offsetAt({ line, character }));
  }
}

describe('PieceTextDocument', () => {
  it('matches the library after every change of a random sequence', () => {
    fc.assert(
      fc.property(text, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), fc.boolean(), (initial, batches, readBetween) => {
        const piece = new PieceTextDocument('file:///a.sms.md', 'sms-template', 1, initial);
        const library = TextDocument.create('file:///a.sms.md', 'sms-template', 1, initial);
        batches.forEach((generated, i) => {
          const changes = withinLines(library, generated);
          piece.update(changes, i + 2);
          TextDocument.update(library, changes, i + 2);
          // Reading the text joins the pieces; not reading it lets them pile up.
          if (readBetween) expectSame(piece, library);
        });
        expectSame(piece, library);
      }),
      RUNS,
    );
  });

  it('keeps a long unread run of keystrokes correct (pieces are joined past the limit)', () => {
    const initial = Array.from({ length: 200 }, (_, i) => `## T${i}\r\n\r\nHi {{name}} ${i}\n`).join('');
    const piece = new PieceTextDocument('file:///b.sms.md', 'sms-template', 1, initial);
    const library = TextDocument.create('file:///b.sms.md', 'sms-template', 1, initial);
    for (let i = 0; i < 3000; i++) {
      const at = { line: (i * 37) % (library.lineCount - 1), character: (i * 13) % 9 };
      const changes = [{ range: { start: at, end: i % 5 === 0 ? { line: at.line + 1, character: 1 } : at }, text: i % 7 === 0 ? '\r\n' : 'y' }];
      piece.update(changes, i + 2);
      TextDocument.update(library, changes, i + 2);
    }
    expect(piece.getText()).toBe(library.getText());
    expect(Array.from(piece.lineStarts())).toEqual(new LineIndex(library.getText()).lineStarts);
    for (let line = 0; line < library.lineCount; line += 17) expect(piece.getLineRange(line)).toEqual(library.getLineRange(line));
  });

  it('keeps a true line table after a range past the last line (the library\'s gets holes)', () => {
    const piece = new PieceTextDocument('file:///c.sms.md', 'sms-template', 1, 'a\nb');
    piece.update([{ range: { start: { line: 5, character: 0 }, end: { line: 7, character: 0 } }, text: 'x\ny\n' }], 2);
    piece.update([{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '' }], 3);
    expect(piece.getText()).toBe('\nbx\ny\n');
    expect(Array.from(piece.lineStarts())).toEqual(new LineIndex(piece.getText()).lineStarts);
  });
});
