import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixText, lintText, MAX_FIX_PASSES } from '@smslint/core';

describe('fixText', () => {
  it('fixes until stable and reports the final lint result', () => {
    const text = '## A\n\u201cThanks\u201d \u2014 we\u2019re on it\u2026\n';
    const fixed = fixText(text, { filePath: 'c.sms.md' });
    expect(fixed.output).toBe('## A\n"Thanks" - we\'re on it...\n');
    expect(fixed.passes).toBe(1);
    expect(fixed.result.findings.filter((f) => f.fix)).toEqual([]);
  });

  it('is idempotent: fixing the output again changes nothing', () => {
    const text = '<!-- smslint-disable-next-line empty-template -->\n## A\nIt\u2019s\u00a0here \u2014 ok.\n\n## B\nCaf\u0065\u0301 open.\n';
    const once = fixText(text, { filePath: 'c.sms.md' });
    const twice = fixText(once.output, { filePath: 'c.sms.md' });
    expect(twice.output).toBe(once.output);
    expect(twice.passes).toBe(0);
    expect(once.output).toBe('## A\nIt\'s here - ok.\n\n## B\nCaf\u00e9 open.\n');
  });

  it('keeps CRLF line endings', () => {
    const fixed = fixText('## A\r\nIt\u2019s ok.\r\n', { filePath: 'c.sms.md' });
    expect(fixed.output).toBe("## A\r\nIt's ok.\r\n");
  });

  it('stops after MAX_FIX_PASSES', () => {
    expect(MAX_FIX_PASSES).toBe(10);
  });

  it('is idempotent and never throws on arbitrary catalogs', () => {
    const piece = fc.constantFrom(
      '## T\n', 'Hi ', '{{name}}', '{{first name}}', '\u2019', '\u2014', '\u2026', '\u00a0', '\u200b', 'e\u0301',
      '\ud83d\ude0a', '{{#if x}}', '{{/if}}', '{{!-- smslint-disable ucs2-character --}}',
      '<!-- smslint-disable-next-line ucs2-character -->\n', '<!-- smslint-disable -->\n', '\n', '\r\n', '---\n', 'a: [\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const once = fixText(text, { filePath: 'c.sms.md' });
        expect(fixText(once.output, { filePath: 'c.sms.md' }).output).toBe(once.output);
      }),
      { numRuns: 150 },
    );
  });
});

describe('lintText never throws', () => {
  it.each([
    ['empty', ''],
    ['lone surrogates', '## A\n\ud800 \udfff\n'],
    ['unclosed everything', '---\n## {{#if\n<!-- smslint-disable\n{{!--'],
    ['NUL and controls', '## A\n\u0000\u0001\u001b\n'],
    ['huge', `## A\n${'\u2014'.repeat(20_000)}\n`],
    ['many templates', Array.from({ length: 300 }, (_, i) => `## T${i % 7}\nHi {{x}}\n`).join('\n')],
  ])('%s', (_name, text) => {
    for (const filePath of ['c.sms.md', 'c.sms']) {
      const result = lintText(text, { filePath });
      expect(result.findings.some((f) => f.ruleId === 'internal-error')).toBe(false);
    }
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const result = lintText(text, { filePath: 'c.sms.md' });
        expect(result.findings.some((f) => f.ruleId === 'internal-error')).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
