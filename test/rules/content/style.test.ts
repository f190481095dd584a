import { describe, expect, it } from 'vitest';
import { findingsOf, spans } from '../helpers.js';
import { applySuggestions, fixAndRelint } from './fix-helpers.js';

const reply = (body: string) => `## Reply\n${body}\n`;
const marketing = (body: string) => `---\nkind: marketing\nbrand: Acme\nsendWindow: "09:00-20:00"\n---\n## Deal\n${body}\n`;

describe('shaft-content', () => {
  const rule = 'shaft-content';
  it('warns in marketing, notes (info) elsewhere', () => {
    const text = marketing('Acme: two cocktails for $10 and a free vape! Reply STOP to opt out.');
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['cocktails', 'vape']);
    expect(found.map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(found[0]!.message).toMatch(/alcohol content: use age gating and a registered campaign\. Carriers restrict alcohol content in marketing/);
    expect(findingsOf(rule, reply('Your wine order has shipped.')).map((f) => f.severity)).toEqual(['info']);
  });
  it('traps: Sussex, cookware pot, smoke detector, hate to keep you waiting, glue gun', () => {
    const text = marketing('Acme: we hate to keep you waiting! Smoke detectors, a glue gun and a stock pot, now in our Sussex and Essex stores. Reply STOP to opt out.');
    expect(findingsOf(rule, text)).toEqual([]);
  });
});

describe('shouting', () => {
  const rule = 'shouting';
  it('reports runs of all-caps words', () => {
    const text = reply('FREE SHIPPING ENDS TONIGHT, so order now.');
    expect(spans(text, findingsOf(rule, text))).toEqual(['FREE SHIPPING ENDS TONIGHT']);
  });
  it('passes acronyms, reply keywords and the brand', () => {
    expect(findingsOf(rule, reply('FYI the ATM PIN is reset. Reply STOP or HELP.'))).toEqual([]);
    const brand = '---\nbrand: ACME BIG BOX\n---\n## Reply\nACME BIG BOX: your order shipped.\n';
    expect(findingsOf(rule, brand)).toEqual([]);
  });
});

describe('excessive-punctuation', () => {
  const rule = 'excessive-punctuation';
  it('fixes repeated punctuation to a single mark', () => {
    const text = reply('Good news!!! Anything else?!');
    expect(spans(text, findingsOf(rule, text))).toEqual(['!!!', '?!']);
    expect(fixAndRelint(rule, text)).toBe(reply('Good news! Anything else?'));
  });
  it('reports more than one emoji once, at the second, as an info without a fix', () => {
    const text = reply('Great 🎉 news 🎉🚀');
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['🎉']);
    expect(text.indexOf('🎉', text.indexOf('🎉') + 1)).toBe(found[0]!.range.start);
    expect(found[0]!.message).toMatch(/3 emoji in one message/);
    expect(found[0]!.severity).toBe('info');
    expect(found[0]!.fix).toBeUndefined();
    expect(findingsOf(rule, reply('Great news 🎉. Also ©, ® and ™.'))).toEqual([]);
  });
});

describe('leftover-bracket', () => {
  const rule = 'leftover-bracket';
  it('errors on leftovers that would be sent literally, suggesting a placeholder', () => {
    const text = reply('Hi [First Name], your visit is on XX/XX. Code: {code} or %PIN%.');
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['[First Name]', 'XX/XX', '{code}', '%PIN%']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
    expect(found[0]!.message).toBe('"[First Name]" will be sent literally: use a Handlebars placeholder such as {{name}}.');
    expect(applySuggestions(rule, text)).toBe(reply('Hi {{firstName}}, your visit is on XX/XX. Code: {{code}} or {{pin}}.'));
  });
  it('passes Handlebars placeholders and Markdown links', () => {
    expect(findingsOf(rule, reply('Hi {{name}}, see [here](https://acme.com).'))).toEqual([]);
  });
});

describe('markdown-syntax', () => {
  const rule = 'markdown-syntax';
  it('fixes emphasis and links, then re-linting is clean', () => {
    const text = reply('**Update:** service is _back_. See [status](https://acme.com/s) or [{{label}}]({{url}})');
    expect(spans(text, findingsOf(rule, text))).toEqual(['**Update:**', '_back_', '[status](https://acme.com/s)', '[{{label}}]({{url}})']);
    expect(fixAndRelint(rule, text)).toBe(reply('Update: service is back. See status https://acme.com/s or {{label}} {{url}}'));
  });
  it('reports list markers and code without a fix', () => {
    const text = reply('Steps:\n- restart the router\nThen use `reset`.');
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['-', '`reset`']);
    expect(found.every((f) => f.fix === undefined)).toBe(true);
  });
  it('checks catalogs only, and leaves snake_case and file names alone', () => {
    expect(findingsOf(rule, '**Sale** today\n', { filePath: 'x.sms' })).toEqual([]);
    expect(findingsOf(rule, reply('Use promo_code_one at acme.com/my_page_2.'))).toEqual([]);
  });
});
