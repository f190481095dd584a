import { describe, expect, it } from 'vitest';
import { segmentBudget, type DiagnosticLike } from '../../extension/src/segment-budget.js';

const range = (a: number, b: number) => ({ start: { line: a, character: 0 }, end: { line: b, character: 0 } });
const template = range(10, 14);
const finding = (overrides: Partial<DiagnosticLike> = {}): DiagnosticLike => ({
  source: 'smslint',
  code: { value: 'segment-budget' },
  message: 'Up to 3 segments; the budget is 2.',
  range: range(12, 13),
  ...overrides,
});

describe('segmentBudget', () => {
  it('is exceeded when the template holds a segment-budget finding', () => {
    expect(segmentBudget([finding()], template)).toEqual({ exceeded: true, message: 'Up to 3 segments; the budget is 2.' });
    expect(segmentBudget([finding({ code: 'segment-budget' })], template).exceeded).toBe(true);
  });

  it('counts a finding on the heading line or touching the template edge', () => {
    expect(segmentBudget([finding({ range: range(10, 10) })], template).exceeded).toBe(true);
    expect(segmentBudget([finding({ range: range(14, 15) })], template).exceeded).toBe(true);
  });

  it('ignores other templates, other rules and other sources', () => {
    const diagnostics = [
      finding({ range: range(2, 4) }),
      finding({ range: range(15, 16) }),
      finding({ code: { value: 'ucs2-character' } }),
      finding({ source: 'markdownlint' }),
      finding({ code: undefined }),
    ];
    expect(segmentBudget(diagnostics, template)).toEqual({ exceeded: false });
  });
});
