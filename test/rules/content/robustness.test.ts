import { describe, expect, it } from 'vitest';
import { lintText } from '@smslint/core';

const CONTENT_RULES = [
  'text-speak', 'opt-out', 'opt-out-exclusive', 'multichannel-redirect', 'link-validity', 'phone-validity',
  'reply-keyword-conflict', 'public-url-shortener', 'brand-identification', 'help-instruction',
  'first-message-disclosures', 'shaft-content', 'shouting', 'excessive-punctuation', 'leftover-bracket', 'markdown-syntax',
];

/** Every content rule enabled for the template, whatever its kind. */
const everything = { sources: [], brand: 'Acme', rules: Object.fromEntries(CONTENT_RULES.map((id) => [id, 'warn' as const])) };

describe('content rules on hostile input', () => {
  it('never crash: broken Handlebars, lone surrogates, huge and odd bodies', () => {
    const bodies = [
      'Hi {{#if x}}unclosed [Name] pls http://',
      'Lone \ud800 surrogate \udc00 and ￼ object replacement',
      `${'Reply STOP '.repeat(2000)}`,
      `${'**'.repeat(5000)}[x](${'('.repeat(3000)}`,
      `call ${'1-'.repeat(4000)}`,
      'x'.repeat(200_000),
      '\r\n\r\n  \t ',
    ];
    for (const body of bodies) {
      const text = `---\nkind: marketing\noptInConfirmation: true\nrecurring: true\n---\n## T\n${body}\n`;
      const result = lintText(text, { filePath: 'a.sms.md', config: everything });
      expect(result.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message)).toEqual([]);
      for (const f of result.findings) {
        expect(f.range.start).toBeGreaterThanOrEqual(0);
        expect(f.range.end).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('report document ranges in CRLF files and after placeholders', () => {
    const text = '---\r\nkind: support\r\n---\r\n## One\r\nHi {{name}}, thx!!\r\n\r\n## Two\r\nPls see http://acme.com/x\r\n';
    const found = lintText(text, { filePath: 'a.sms.md' }).findings.filter((f) => CONTENT_RULES.includes(f.ruleId) && f.ruleId !== 'multichannel-redirect');
    expect(found.map((f) => [f.ruleId, text.slice(f.range.start, f.range.end)])).toEqual([
      ['text-speak', 'thx'],
      ['excessive-punctuation', '!!'],
      ['text-speak', 'Pls'],
      ['link-validity', 'http://acme.com/x'],
    ]);
  });
});
