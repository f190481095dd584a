import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineStartsOf, linesOf } from '../../../packages/core/src/template/lines.js';

/** The definitions, one character at a time: LF, CRLF and lone CR end a line. */
function referenceLines(text: string, from: number, to: number) {
  const lines = [];
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

function referenceStarts(text: string) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

const text = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\r\n', '\u2028', '😀'), maxLength: 30 });

describe('line breaks', () => {
  it('linesOf and lineStartsOf find the breaks a character-by-character scan finds', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (source, a, b) => {
        const from = a % (source.length + 1);
        const to = from + (b % (source.length - from + 1));
        expect(linesOf(source, from, to)).toEqual(referenceLines(source, from, to));
        expect(linesOf(source)).toEqual(referenceLines(source, 0, source.length));
        expect(lineStartsOf(source)).toEqual(referenceStarts(source));
      }),
      { numRuns: 5000, seed: 20261127 },
    );
  });

  it('reads a CRLF cut by the end of the range as a lone CR', () => {
    expect(linesOf('a\r\nb', 0, 2)).toEqual([{ start: 0, end: 1, next: 2 }]);
    expect(linesOf('a\r\nb', 2)).toEqual([{ start: 2, end: 2, next: 3 }, { start: 3, end: 4, next: 4 }]);
  });
});
