/**
 * lintFileRuns (an editor's lint: cached findings stay relative to their template) must give
 * what lintFile gives with the same cache history: its runs, moved to their bases, and its
 * lazily built `result.findings` equal lintFile's findings, fixes and suggestions included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLintCache, createTemplateParser, lintFile, lintFileRuns, placeRuns, type LintOptions } from '@smslint/core';

/** Lines that produce findings (also file-level and parse ones), directives, front matter lines and fixes. */
const PIECES = [
  '## Order shipped', '## Refund', '## Refund', '# Appendix', '### Sub',
  'Hi {{name}}, thx 4 waiting! Call 555-0100 or see https://bit.ly/x', 'Your order {{orderId}} shipped \u2014 Reply STOP to opt out.',
  'PLEASE CALL US NOW!!!', 'Caf\u00e9 \u201cquotes\u201d \u{1F600} r u ok', 'broken {{oops', '{{#if x}}yes{{else}}no{{/if}}',
  '<!-- smslint-disable text-speak -->', '```', '---', '', '', 'plain text line', 'kind: marketing',
];
const EOLS = ['\n', '\n', '\r\n', '\r'];
const FRONT = ['', '---\nbrand: Acme\nvariables:\n  name: { maxLength: 20 }\n---\n', '---\nkind: marketing\nbrand: thx 4 u\n---\n'];
const docArbitrary = fc
  .tuple(fc.constantFrom(...FRONT), fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...EOLS)), { maxLength: 25 }))
  .map(([front, lines]) => front + lines.map(([line, eol]) => line + eol).join(''));
const editArbitrary = fc.tuple(fc.nat(), fc.nat(4), fc.constantFrom('x', ' ', 'thx', '\n', '\r\n', '\n## New\n', '!', '\u2014', '{{', ''));

const OPTIONS: LintOptions = { filePath: '/w/c.sms.md' };

describe('lintFileRuns', () => {
  it('equals lintFile with the same cache history, through random edits', () => {
    fc.assert(
      fc.property(docArbitrary, fc.array(editArbitrary, { maxLength: 8 }), fc.boolean(), (initial, edits, inlineConfig) => {
        const options = { ...OPTIONS, inlineConfig };
        const parser = createTemplateParser();
        const plainCache = createLintCache();
        const runsCache = createLintCache();
        let text = initial;
        for (let i = 0; i <= edits.length; i++) {
          if (i > 0) {
            const [at, remove, insert] = edits[i - 1];
            const start = at % (text.length + 1);
            text = text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
          }
          const file = parser.parse(text, OPTIONS.filePath);
          const plain = lintFile(file, options, plainCache);
          const { result, runs } = lintFileRuns(file, options, runsCache);
          expect(placeRuns(runs)).toEqual(plain.findings);
          expect(result.findings).toEqual(plain.findings);
          expect(result.configErrors).toEqual(plain.configErrors);
          // And what a lint without any cache history gives (fix texts included).
          expect(plain.findings).toEqual(lintFile(createTemplateParser().parse(text, OPTIONS.filePath), options).findings);
          // No rule runs more often (a fallback looks entries up twice: hits may differ).
          expect(runsCache.stats.misses).toBe(plainCache.stats.misses);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('takes the entries of templates a keystroke kept from the last lint, without key or cache look-up', () => {
    const text = Array.from({ length: 20 }, (_, i) => `## T${i}\nthx 4 waiting on order ${i}\n`).join('\n');
    const parser = createTemplateParser();
    const cache = createLintCache();
    lintFileRuns(parser.parse(text, OPTIONS.filePath), OPTIONS, cache);
    const before = { ...cache.stats };
    const edited = text.replace('order 10\n', 'order 10x\n');
    const after = lintFileRuns(parser.parse(edited, OPTIONS.filePath), OPTIONS, cache);
    // Only the edited template is looked up (and missed): the 9 above and the 9 moved below are not.
    expect(cache.stats).toEqual({ hits: before.hits, misses: before.misses + 1 });
    expect(after.result.findings).toEqual(lintFile(createTemplateParser().parse(edited, OPTIONS.filePath), OPTIONS).findings);
    // A lint with another config shares nothing with it.
    const other = { ...OPTIONS, config: { sources: [], rules: { 'text-speak': 'off' as const } } };
    const quiet = lintFileRuns(parser.parse(edited + '\n', OPTIONS.filePath), other, cache);
    expect(quiet.result.findings.some((f) => f.ruleId === 'text-speak')).toBe(false);
  });

  it('hands out cached findings without moving them when templates move', () => {
    const text = Array.from({ length: 20 }, (_, i) => `## T${i}\nthx 4 waiting on order ${i}\n`).join('\n');
    const parser = createTemplateParser();
    const cache = createLintCache();
    const before = lintFileRuns(parser.parse(text, OPTIONS.filePath), OPTIONS, cache);
    const edited = text.replace('order 0\n', 'order 0x\n');
    const after = lintFileRuns(parser.parse(edited, OPTIONS.filePath), OPTIONS, cache);
    expect(before.runs.lists).toHaveLength(20);
    expect(after.runs.lists).toHaveLength(20);
    // Templates 1-19 moved by one character: the same relative finding objects, bases one further on.
    for (let i = 1; i < 20; i++) {
      expect(after.runs.lists[i]).toBe(before.runs.lists[i]);
      expect(after.runs.bases[i]).toBe(before.runs.bases[i] + 1);
    }
    const last = after.result.findings[after.result.findings.length - 1];
    expect(edited.slice(last.range.start, last.range.end)).toMatch(/^(thx|4)$/);
    expect(after.result.findings).toEqual(lintFile(createTemplateParser().parse(edited, OPTIONS.filePath), OPTIONS).findings);
  });
});
