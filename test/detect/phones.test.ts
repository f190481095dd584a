import { describe, expect, it } from 'vitest';
import { detectPhones } from '@smslint/core';

const found = (t: string) => detectPhones(t).map((p) => [p.text, p.kind]);

describe('detectPhones', () => {
  it('finds and types callable numbers', () => {
    expect(found('Call 1-800-356-9377 or (415) 555-2671.')).toEqual([
      ['1-800-356-9377', 'toll-free'],
      ['(415) 555-2671', 'standard'],
    ]);
    expect(found('Call 1-900-555-1234 now')).toEqual([['1-900-555-1234', 'premium']]);
    expect(found('Call (415) 555-0123 or 555-0142.')).toEqual([
      ['(415) 555-0123', 'fictional'],
      ['555-0142', 'fictional'],
    ]);
    expect(found('UK office: +44 20 7946 0958, thanks')).toEqual([['+44 20 7946 0958', 'standard']]);
  });

  it('gives E.164 when the number parses', () => {
    expect(detectPhones('Call 212.555.2301')[0]!.e164).toBe('+12125552301');
    expect(detectPhones('Text 12345')[0]!.e164).toBeUndefined();
  });

  it('finds short codes only after a messaging or calling verb', () => {
    expect(found('Text STOP to 55123, text 12345, call 611, dial *611.')).toEqual([
      ['55123', 'short-code'],
      ['12345', 'short-code'],
      ['611', 'short-code'],
      ['*611', 'short-code'],
    ]);
    expect(found('Reply 1 to confirm, call 123 now, text 2 friends.')).toEqual([]);
  });

  it.each([
    'Order 1234567890 confirmed.',
    'Order #555-012-3456 packed.',
    'Your code is 482913.',
    'Your verification code is 5550123456.',
    'Delivered 12/05/2024 at 3:00 PM.',
    'Total due: $2,150.00 or $1234567890.',
    'Your account number is 0012345678.',
    'Reference number 4155550123 is for your records.',
    'Call between 2 and 4 PM, 9-5 weekdays.',
  ])('does not flag %s', (text) => {
    expect(detectPhones(text)).toEqual([]);
  });

  it('uses the region option for national numbers', () => {
    expect(detectPhones('Appelez le 514 555 2671', { region: 'CA' })[0]!.e164).toBe('+15145552671');
    expect(() => detectPhones('x', { region: 'not a region' })).not.toThrow();
  });
});

describe('detectPhones extras', () => {
  it('finds vanity toll-free numbers and digit keywords before short codes', () => {
    expect(detectPhones('Call 1-800-FLOWERS today')[0]).toMatchObject({ text: '1-800-FLOWERS', kind: 'toll-free', e164: '+18003569377' });
    expect(detectPhones('Text 2 to 12345')[0]).toMatchObject({ text: '12345', kind: 'short-code' });
  });
});
