import { describe, expect, it } from 'vitest';
import { detectEmails, detectLinks } from '@smslint/core';

describe('detectLinks', () => {
  it('finds scheme, www and scheme-less links with facts', () => {
    const text = 'Track at https://acme.com/t/1, www.acme.com or example.com/track. Short: bit.ly/x1.';
    const links = detectLinks(text);
    expect(links.map((l) => l.text)).toEqual(['https://acme.com/t/1', 'www.acme.com', 'example.com/track', 'bit.ly/x1']);
    expect(links.map((l) => l.trailingPunctuation)).toEqual([',', '', '.', '.']);
    expect(links[0]).toMatchObject({ scheme: 'https', host: 'acme.com', isIp: false, isShortener: false, hasPlaceholderHost: false });
    expect(links[1]!.scheme).toBeNull();
    expect(links[3]!.isShortener).toBe(true);
    for (const l of links) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it.each(['bit.ly', 'tinyurl.com', 'goo.gl', 'ow.ly', 't.co', 'is.gd', 'buff.ly', 'rebrand.ly', 'cutt.ly', 't.ly'])(
    'knows the public shortener %s',
    (host) => {
      expect(detectLinks(`Go to https://${host}/abc now`)[0]!.isShortener).toBe(true);
    },
  );

  it('reports IP hosts, placeholder hosts and malformed links', () => {
    expect(detectLinks('See http://192.168.4.20/orders.')[0]).toMatchObject({ isIp: true, text: 'http://192.168.4.20/orders' });
    expect(detectLinks('Go https://\uFFFC\uFFFC\uFFFC\uFFFC/x')[0]).toMatchObject({ hasPlaceholderHost: true });
    expect(detectLinks('Go to \uFFFC\uFFFC\uFFFC.acme.com/x')[0]!.hasPlaceholderHost).toBe(true);
    expect(detectLinks('Go to http:/broken.com now')[0]!.malformed).toBeDefined();
    expect(detectLinks('Go to https://acme now')[0]!.malformed).toBeDefined();
    expect(detectLinks('Go to https://acme..com now')[0]!.malformed).toBeDefined();
    expect(detectLinks('Go to https://acme.com now')[0]!.malformed).toBeUndefined();
  });

  it('excludes sentence punctuation and an unbalanced closing parenthesis', () => {
    expect(detectLinks('(see acme.com/hours). Thanks!')[0]!.text).toBe('acme.com/hours');
    expect(detectLinks('Photos: https://x.example.com/a!')[0]!).toMatchObject({ text: 'https://x.example.com/a', trailingPunctuation: '!' });
    expect(detectLinks('Wiki https://en.example.org/a_(b) ok')[0]!.text).toBe('https://en.example.org/a_(b)');
  });

  it.each([
    'Your U.S. order is ready.',
    'e.g. your name, i.e. first.last',
    'Files report.pdf and summary.docx are ready.',
    'Version 2.0 ships today. Rs. 500 credited.',
    'Email help@acme.com for help.',
    'Thanks.Have a nice day. Your order.It ships.',
  ])('does not flag %s', (text) => {
    expect(detectLinks(text)).toEqual([]);
  });
});

describe('detectEmails', () => {
  it('finds emails and their domain', () => {
    const found = detectEmails('Write to help@acme.com or (jane.doe+sms@mail.example.org).');
    expect(found.map((e) => e.text)).toEqual(['help@acme.com', 'jane.doe+sms@mail.example.org']);
    expect(found[1]!.domain).toBe('mail.example.org');
  });
});
