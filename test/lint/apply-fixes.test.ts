import { describe, expect, it } from 'vitest';
import { applyFixes, type Finding } from '@smslint/core';

function finding(start: number, end: number, text: string, ruleId = 'r'): Finding {
  return {
    ruleId,
    severity: 'warning',
    message: 'm',
    range: { start, end },
    docsUrl: 'x',
    fix: { edits: [{ range: { start, end }, text }] },
  };
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes bottom-up so offsets stay valid', () => {
    const text = 'It\u2019s \u201cready\u201d';
    const result = applyFixes(text, [finding(11, 12, '"'), finding(2, 3, "'"), finding(5, 6, '"')]);
    expect(result).toEqual({ output: 'It\'s "ready"', applied: 3, skipped: 0 });
  });

  it('skips a fix that overlaps one already taken', () => {
    const result = applyFixes('abcdef', [finding(1, 4, 'X'), finding(2, 5, 'Y'), finding(5, 6, 'Z')]);
    expect(result).toEqual({ output: 'aXeZ', applied: 2, skipped: 1 });
  });

  it('treats two inserts at one point as a conflict, adjacent edits as fine', () => {
    expect(applyFixes('ab', [finding(1, 1, 'X'), finding(1, 1, 'Y')]).skipped).toBe(1);
    expect(applyFixes('abcd', [finding(0, 2, ''), finding(2, 4, 'Z')]).output).toBe('Z');
  });

  it('applies a multi-edit fix whole or not at all (document order decides)', () => {
    const multi: Finding = {
      ...finding(0, 1, 'A'),
      fix: { edits: [{ range: { start: 0, end: 1 }, text: 'A' }, { range: { start: 3, end: 4 }, text: 'D' }] },
    };
    expect(applyFixes('abcd', [finding(3, 4, 'x'), multi])).toEqual({ output: 'AbcD', applied: 1, skipped: 1 });
    expect(applyFixes('abcd', [finding(0, 1, 'x'), { ...multi, range: { start: 3, end: 4 } }])).toEqual({ output: 'xbcd', applied: 1, skipped: 1 });
  });

  it('ignores fixes with out-of-range edits instead of corrupting text', () => {
    expect(applyFixes('abc', [finding(2, 9, 'x'), finding(-1, 0, 'y')])).toEqual({ output: 'abc', applied: 0, skipped: 0 });
  });

  it('leaves text alone when there is nothing to fix', () => {
    expect(applyFixes('abc', [{ ...finding(0, 1, ''), fix: undefined }])).toEqual({ output: 'abc', applied: 0, skipped: 0 });
  });
});
