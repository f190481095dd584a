/**
 * The line-array document for documents too large to lint live (issue 17, item 14): after
 * random incremental and full edits (inserts, deletes, replacements across lines, LF, CRLF
 * and lone CR line breaks, ranges past the end), its text and length equal the protocol
 * library's TextDocument; and an edit's work does not grow with the document.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LargeTextDocument, sizeAwareDocuments } from '../../packages/language-server/src/large-text-document.js';
import { propertyRuns, propertySeed } from '../reliability/property-runs.js';
import { applyChange } from './lsp-client.js';

type Pos = { line: number; character: number };
function orderedRange(range: { start: Pos; end: Pos }): { start: Pos; end: Pos } {
  const { start, end } = range;
  return start.line < end.line || (start.line === end.line && start.character <= end.character) ? range : { start: end, end: start };
}

const TEXT = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '😀', 'é'), { maxLength: 30 }).map((p) => p.join(''));
const position = fc.record({ line: fc.integer({ min: 0, max: 12 }), character: fc.integer({ min: 0, max: 8 }) });
const change = fc.oneof(
  { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: TEXT }) },
  { weight: 1, arbitrary: fc.record({ text: TEXT }) },
);

describe('LargeTextDocument', () => {
  it('keeps the same text as TextDocument under random edits', () => {
    fc.assert(
      fc.property(TEXT, fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 12 }), (initial, batches) => {
        // The reference applies each change to a plain string (the protocol library's own
        // TextDocument corrupts its line table on ranges past the end, which clients never send).
        let reference = initial;
        const large = new LargeTextDocument('file:///x.sms.md', 'markdown', 1, initial);
        let version = 1;
        for (const batch of batches) {
          version++;
          for (const c of batch) reference = applyChange(reference, 'range' in c ? { range: orderedRange(c.range), text: c.text } : c);
          large.update(batch, version);
          expect(large.getText(), JSON.stringify(batch)).toBe(reference);
          expect(large.length).toBe(reference.length);
          expect(large.lineCount).toBe(TextDocument.create('file:///y', 'markdown', 1, reference).lineCount);
        }
      }),
      { numRuns: Math.min(propertyRuns(), 3_000), seed: propertySeed() },
    );
  });

  it('switches between plain and line-array documents as edits cross the size', () => {
    const config = sizeAwareDocuments(() => 10);
    let doc = config.create('file:///x.sms.md', 'markdown', 1, 'short');
    expect(doc).not.toBeInstanceOf(LargeTextDocument);
    doc = config.update(doc, [{ range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, text: ' and long\nline' }], 2);
    expect(doc).toBeInstanceOf(LargeTextDocument);
    expect(doc.getText()).toBe('short and long\nline');
    doc = config.update(doc, [{ range: { start: { line: 0, character: 5 }, end: { line: 1, character: 4 } }, text: '' }], 3);
    expect(doc).not.toBeInstanceOf(LargeTextDocument);
    expect(doc.getText()).toBe('short');
  });
});
