import { describe, expect, it } from 'vitest';
import { LineIndex } from '@smslint/core';

describe('LineIndex', () => {
  it('maps offsets across LF, CRLF and lone CR', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const index = new LineIndex(text);
    expect(index.lineStarts).toEqual([0, 4, 7, 10]);
    expect(index.positionAt(5)).toEqual({ line: 1, character: 1 });
    expect(index.positionAt(2)).toEqual({ line: 0, character: 2 });
    expect(index.offsetAt({ line: 2, character: 1 })).toBe(8);
    expect(index.lineEnd(0)).toBe(2);
    expect(index.lineEnd(1)).toBe(6);
    expect(index.lineEnd(3)).toBe(12);
  });

  it('counts UTF-16 code units (emoji = 2)', () => {
    const index = new LineIndex('😀x\n😀');
    expect(index.positionAt(2)).toEqual({ line: 0, character: 2 });
    expect(index.offsetAt({ line: 1, character: 2 })).toBe(6);
  });

  it('clamps out-of-range positions', () => {
    const index = new LineIndex('abc\ndef');
    expect(index.offsetAt({ line: 0, character: 99 })).toBe(3);
    expect(index.offsetAt({ line: 9, character: 0 })).toBe(7);
    expect(index.positionAt(-5)).toEqual({ line: 0, character: 0 });
  });
});
