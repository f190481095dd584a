import { describe, expect, it } from 'vitest';
import * as core from '@smslint/core';

/** Every exported detector, called with a single text argument. */
const detectors: Array<[string, (text: string) => unknown]> = [
  ['detectAll', (t) => core.detectAll(t)],
  ['detectTextSpeak', (t) => core.detectTextSpeak(t)],
  ['detectOptOut', (t) => core.detectOptOut(t)],
  ['detectExclusiveOptOut', (t) => core.detectExclusiveOptOut(t)],
  ['detectLinks', (t) => core.detectLinks(t)],
  ['detectEmails', (t) => core.detectEmails(t)],
  ['detectPhones', (t) => core.detectPhones(t)],
  ['detectCallbackOffers', (t) => core.detectCallbackOffers(t)],
  ['detectShouting', (t) => core.detectShouting(t)],
  ['detectHelpInstruction', (t) => core.detectHelpInstruction(t)],
  ['detectDisclosures', (t) => core.detectDisclosures(t)],
  ['detectBrand', (t) => core.detectBrand(t, 'Acme')],
  ['detectShaftContent', (t) => core.detectShaftContent(t)],
  ['detectExcessivePunctuation', (t) => core.detectExcessivePunctuation(t)],
  ['detectMarkdownSyntax', (t) => core.detectMarkdownSyntax(t)],
  ['detectLeftoverBrackets', (t) => core.detectLeftoverBrackets(t)],
];

/** Inputs shaped to make backtracking regexes explode; they must just complete. */
const adversarial: Array<[string, string]> = [
  ['dots', 'a.'.repeat(50_000)],
  ['digits', '1'.repeat(100_000)],
  ['plus-digits', '+1 2 3 4 5 6 7 8 9 '.repeat(5_000)],
  ['stars', '*a '.repeat(30_000)],
  ['emphasis', '**a** _b_ `c` '.repeat(20_000)],
  ['underscores', '_a'.repeat(50_000)],
  ['brackets', '['.repeat(50_000)],
  ['url-ish', 'http://a'.repeat(10_000)],
  ['emails', 'a@b.'.repeat(25_000)],
  ['caps', 'WORD '.repeat(20_000)],
  ['reply', 'reply '.repeat(20_000)],
  ['opt-out instructions', 'Reply STOP to opt out. '.repeat(20_000)],
  ['numbers', 'Call 212-555-2671 or text 12345. '.repeat(10_000)],
  ['bangs', '!?'.repeat(50_000)],
  ['emoji', '😀\u200D'.repeat(20_000)],
  ['placeholders', '\uFFFC'.repeat(100_000)],
  ['lone surrogates', '\uD800u\uDC00r '.repeat(20_000)],
];

describe('detector robustness', () => {
  it.each(detectors)('%s never throws on odd inputs', (_name, detect) => {
    for (const input of ['', ' ', '\n\n', '\uFFFC', 'STOP', null, undefined, 42, {}] as unknown[]) {
      expect(() => detect(input as string)).not.toThrow();
    }
  });

  it.each(adversarial)('all detectors complete on a large "%s" input', (_name, input) => {
    for (const [, detect] of detectors) expect(() => detect(input)).not.toThrow();
  });

  it('handles a 1 MB mixed input', () => {
    const chunk = 'Hi {{n}} thx 4 ur order!! Reply STOP to opt out. Call 1-800-555-0199 or visit acme.com/x. ';
    const big = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const result = core.detectAll(big);
    expect(result.optOut.length).toBeGreaterThan(1000);
    expect(result.links.length).toBeGreaterThan(1000);
  });

  it('accepts null or malformed options', () => {
    const bad = null as unknown as undefined;
    expect(() => core.detectTextSpeak('thx', bad)).not.toThrow();
    expect(() => core.detectTextSpeak('thx', { allow: 'x' as unknown as string[], extra: 5 as unknown as Record<string, string> })).not.toThrow();
    expect(() => core.detectPhones('call 611', bad)).not.toThrow();
    expect(() => core.detectShouting('A B C', { brand: 7 as unknown as string })).not.toThrow();
    expect(() => core.detectAll('thx', bad)).not.toThrow();
  });

  it('returns exactly the Detections keys', () => {
    expect(Object.keys(core.detectAll('x')).sort()).toEqual(['callbackOffers', 'links', 'optOut', 'phones', 'shouting', 'textSpeak']);
  });
});
