import { describe, expect, it } from 'vitest';
import { findingsOf } from './helpers.js';

const rule = 'segment-budget';

describe('segment-budget', () => {
  it('allows exactly the budget: 306 GSM characters are 2 segments', () => {
    expect(findingsOf(rule, `## A\n${'a'.repeat(306)}\n`)).toEqual([]);
    const over = findingsOf(rule, `## A\n${'a'.repeat(307)}\n`);
    expect(over).toHaveLength(1);
    expect(over[0].message).toMatch(/budget of 2 segments: renders to 3 segments/);
  });

  it('says how far the worst case is past the budget, in characters and units (issue 16)', () => {
    const [over] = findingsOf(rule, `## A\n${'a'.repeat(307)}\n`);
    expect(over.message).toMatch(/Worst case: 1 character over 2 segments: remove 1\.$/);
    const [pairs] = findingsOf(rule, `## A\n${']'.repeat(153)}\n`);
    expect(pairs.message).toMatch(/Worst case: 1 character \(2 septets\) over 2 segments: remove 1\.$/);
    // A UCS-2 worst case is counted in characters; replacing ’ would still leave 2 GSM-7 segments.
    const [quote] = findingsOf(rule, `## A\n<!-- smslint: maxSegments=1 -->\nIt\u2019s ready: ${'a'.repeat(200)}\n`);
    expect(quote.message).toMatch(/renders to 4 segments \(worst case UCS-2, 212 units\)\. .* Worst case: 142 characters over 1 segment: remove 142\.$/);
    // The assumptions about the placeholders that drive the maximum come before the fit hint (issue 12).
    const [assumed] = findingsOf(rule, `## A\n${'a'.repeat(300)} {{note}}\n`);
    expect(assumed.message).toMatch(/\(adds 1 segment\)\. Counted with \{\{note\}\} a text \(from its name\), up to 20 characters of any kind\. Worst case: 18 characters \(36 septets\) over 2 segments: remove 18\.$/);
  });

  it('leaves a template over the budget only because of replaceable UCS-2 characters to ucs2-character (issue 12)', () => {
    // 82 characters: 2 UCS-2 segments, 1 GSM-7 segment once ’ is replaced. One problem, one finding.
    const text = `## A\n<!-- smslint: maxSegments=1 -->\nIt\u2019s ready: ${'a'.repeat(70)}\n`;
    expect(findingsOf(rule, text)).toEqual([]);
    expect(findingsOf('ucs2-character', text).map((f) => f.message)).toEqual([`\u2019 forces UCS-2: 2 segments instead of 1. Replace with "'". (RIGHT SINGLE QUOTATION MARK, U+2019)`]);
  });

  it('under provider twilio counts what Smart Encoding sends, and says so', () => {
    const text = `## A\n<!-- smslint: maxSegments=1 -->\nIt\u2019s ready: ${'a'.repeat(70)}\n`;
    expect(findingsOf(rule, text, { config: { sources: [], provider: 'twilio' } })).toEqual([]);
    const longer = `## A\n<!-- smslint: maxSegments=1 -->\nIt\u2019s ready: ${'a'.repeat(160)}\n`;
    const [finding] = findingsOf(rule, longer, { config: { sources: [], provider: 'twilio' } });
    expect(finding.message).toMatch(/renders to 2 segments \(worst case GSM-7, 172 units\) \(as Twilio Smart Encoding sends it\)/);
    const [tooLong] = findingsOf(rule, `## A\n${'a'.repeat(1601)}\n`, { config: { sources: [], provider: 'twilio', maxSegments: 50 } });
    expect(tooLong.message).toMatch(/Twilio accepts at most 1,600 characters and recommends at most 10 segments/);
  });

  it('counts the worst rendering and names the variable that drives it', () => {
    const text = `---\nvariables:\n  note: { maxLength: 200, charset: gsm }\n---\n## A\n${'a'.repeat(150)} {{note}}\n`;
    const [finding] = findingsOf(rule, text);
    expect(finding.message).toMatch(/\d+–\d+ segments/);
    expect(finding.message).toMatch(/note/);
  });

  it('budget: template metadata > config > default 2', () => {
    const text = `## A\n<!-- smslint: maxSegments=1 -->\n${'a'.repeat(200)}\n`;
    expect(findingsOf(rule, text)).toHaveLength(1);
    const roomy = `## A\n${'a'.repeat(400)}\n`;
    expect(findingsOf(rule, roomy)).toHaveLength(1);
    expect(findingsOf(rule, roomy, { config: { sources: [], maxSegments: 3 } })).toEqual([]);
    expect(findingsOf(rule, `---\nmaxSegments: 3\n---\n## A\n${'a'.repeat(400)}\n`)).toEqual([]);
  });

  it('is always an error above 10 segments or 1,600 characters, even with a bigger budget', () => {
    const config = { sources: [], maxSegments: 50 };
    const [long] = findingsOf(rule, `## A\n${'a'.repeat(1601)}\n`, { config });
    expect(long.severity).toBe('error');
    expect(long.message).toMatch(/1,600 characters/);
    const [ucs2] = findingsOf(rule, `## A\n${'\u4f60'.repeat(680)}\n`, { config, ruleOverrides: { 'segment-budget': 'info' } });
    expect(ucs2.severity).toBe('error');
  });

  it('trap: the ]×153 case counts escape pairs (3 segments, not 2)', () => {
    expect(findingsOf(rule, `## A\n${']'.repeat(153)}\n`)).toHaveLength(1);
  });
});
