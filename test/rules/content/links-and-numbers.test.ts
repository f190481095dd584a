import { describe, expect, it } from 'vitest';
import { findingsOf, spans } from '../helpers.js';
import { applySuggestions, fixAndRelint } from './fix-helpers.js';

const reply = (body: string) => `## Reply\n${body}\n`;

describe('link-validity', () => {
  const rule = 'link-validity';

  it('fixes http to https; re-linting is clean', () => {
    const text = reply('Track it at http://acme.com/t/{{code}} today');
    expect(spans(text, findingsOf(rule, text))).toEqual(['http://acme.com/t/{{code}}']);
    expect(fixAndRelint(rule, text)).toBe(reply('Track it at https://acme.com/t/{{code}} today'));
  });

  it('reports malformed links, IP hosts and placeholder hosts', () => {
    const messages = (body: string) => findingsOf(rule, reply(body)).map((f) => f.message);
    expect(messages('See hxxps://acme.com/x now')[0]).toMatch(/will not open: unknown scheme/);
    expect(messages('See https:/acme.com/x now')[0]).toMatch(/must be followed by ":\/\/"/);
    expect(messages('See https://192.168.4.20/login now')[0]).toMatch(/IP address/);
    expect(messages('See https://{{host}}/login now')[0]).toMatch(/"https:\/\/\{\{host\}\}\/login" comes from a placeholder/);
  });

  it('warns about "." or "," glued to a URL, with a suggestion to remove it', () => {
    const text = reply('Answers at https://acme.com/help. Thanks!');
    const [finding] = findingsOf(rule, text);
    expect(spans(text, [finding!])).toEqual(['.']);
    expect(applySuggestions(rule, text)).toBe(reply('Answers at https://acme.com/help Thanks!'));
    expect(findingsOf(rule, reply('See https://acme.com/help, or call us'))).toHaveLength(1);
  });

  it('passes good links, placeholders in the path, and closing parentheses', () => {
    for (const body of [
      'Track it at https://acme.com/t/{{code}}',
      'Details (https://acme.com/x) are online',
      'Your link: {{trackingUrl}}',
      'Go to acme.com/help or www.acme.com today',
    ]) {
      expect(findingsOf(rule, reply(body)), body).toEqual([]);
    }
  });
});

describe('phone-validity', () => {
  const rule = 'phone-validity';

  it('reports fictional 555-01XX and premium numbers as errors', () => {
    const text = reply('Call (555) 555-0142 or 1-900-555-2671.');
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['(555) 555-0142', '1-900-555-2671']);
    expect(found.map((f) => f.severity)).toEqual(['error', 'error']);
    expect(found[0]!.message).toMatch(/reserved for fiction/);
    expect(found[1]!.message).toMatch(/premium-rate/);
  });

  it('reports numbers without an area code and digits that do not parse', () => {
    expect(findingsOf(rule, reply('Call us at 412-7730 today.'))[0]!.message).toMatch(/no area code/);
    const text = reply('Call 12-345-678 today.');
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['12-345-678']);
    expect(found[0]!.message).toMatch(/not a valid phone number/);
  });

  it('notes geographic numbers as info; toll-free numbers and short codes pass', () => {
    expect(findingsOf(rule, reply('Call 415-555-2671.')).map((f) => f.severity)).toEqual(['info']);
    expect(findingsOf(rule, reply('Call 1-888-412-7730 or text HELP to 12345.'))).toEqual([]);
  });

  it('traps: order numbers, dates, amounts and codes are not phone numbers', () => {
    for (const body of [
      'Order 20931744 ships on 2026-09-24.',
      'Your code is 481720. Total $1,234.56.',
      'Call us on 2026-09-24 about case 48172035.',
    ]) {
      expect(findingsOf(rule, reply(body)), body).toEqual([]);
    }
  });
});

describe('public-url-shortener', () => {
  const rule = 'public-url-shortener';
  it('reports bit.ly & co and asks for a branded domain', () => {
    const text = reply('Track: https://bit.ly/3xYz or tinyurl.com/abc or www.bit.ly/x');
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['https://bit.ly/3xYz', 'tinyurl.com/abc', 'www.bit.ly/x']);
    expect(found[0]!.message).toMatch(/bit\.ly is a public URL shortener.*branded domain/);
  });
  it('passes branded short domains', () => {
    expect(findingsOf(rule, reply('Track: https://acme.co/t/3xYz or https://bitly.acme.com/x'))).toEqual([]);
  });
});

describe('reply-keyword-conflict', () => {
  const rule = 'reply-keyword-conflict';
  it('reports YES as a callback keyword and suggests CALL', () => {
    const text = reply('Reply YES and an agent will call you.');
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['YES']);
    const fixed = applySuggestions(rule, text);
    expect(fixed).toBe(reply('Reply CALL and an agent will call you.'));
    expect(findingsOf(rule, fixed)).toEqual([]);
    expect(findingsOf(rule, reply('Would you like a call back? Reply YES.'))).toHaveLength(1);
  });
  it('reports an opt-out keyword offered for a booking action (carriers unsubscribe on it)', () => {
    const text = reply('Your visit is tomorrow. Reply CANCEL to cancel your visit. Reply STOP to opt out.');
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['CANCEL']);
    expect(found[0]!.message).toMatch(/standard opt-out keyword/);
    expect(findingsOf(rule, reply('Text END to end your session.'))).toHaveLength(1);
  });
  it('passes CALL, YES when it is not a callback offer, and opt-out keywords used to opt out', () => {
    for (const body of [
      'Reply CALL and an agent will call you.',
      'Reply YES to confirm your appointment.',
      'Reply STOP to opt out.',
      'Reply 2 to cancel your visit. Reply CANCEL to unsubscribe.',
      'Text STOP to 12345 to end all alerts.',
      'Please stop by our store, or reply stop to opt out.',
    ]) {
      expect(findingsOf(rule, reply(body)), body).toEqual([]);
    }
  });
});
