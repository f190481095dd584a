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
    'Call 1300 customers about the recall.',
    'Text 500 people before Friday.',
    'Message 250 members today.',
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

const phonesOf = (t: string, region?: string) => detectPhones(t, region ? { region } : undefined).map((p) => [p.text, p.e164]);

describe('detectPhones: Australian 13 numbers', () => {
  it.each([
    ['Call us on 13 22 21', '13 22 21', '+61132221'],
    ['ring 13 14 50 for roadside help', '13 14 50', '+61131450'],
    ['Phone us anytime on 13 10 08.', '13 10 08', '+61131008'],
    ['Phone: 13 22 21', '13 22 21', '+61132221'],
    ['Bookings line: 13 14 50', '13 14 50', '+61131450'],
    ['Australia: 13 22 21 or +61 3 9600 1234', '13 22 21', '+61132221'],
    ['Sydney office: 13 22 21', '13 22 21', '+61132221'],
  ])('finds %s', (text, number, e164) => {
    expect(phonesOf(text)).toContainEqual([number, e164]);
  });

  it('finds one after a number already found ("… or 13 22 21")', () => {
    expect(phonesOf('Call +61 3 9600 1234 or 13 22 21.')).toEqual([
      ['+61 3 9600 1234', '+61396001234'],
      ['13 22 21', '+61132221'],
    ]);
  });

  it.each([
    'You earned 13 22 21 points.',
    'Call us on 13 22 21 points',
    'Total: 13 22 21',
    'Results: 13 22 21',
    'Delivery on 13 12 24 between 9 and 5.',
    'Your order 13 22 21 has shipped.',
    'Call us about order 13 22 21.',
    'Your code is 13 22 21.',
    'Ref: 13 22 21',
    'Call 13 22 21 33 now',
    'Call 2013 22 21',
    'Tracking 9400 13 22 21 44',
    'Score: 13 22 21',
  ])('does not flag %s', (text) => {
    expect(detectPhones(text)).toEqual([]);
  });

  it('gives 1300 numbers an Australian E.164 (Britain writes its 01300 area code with the 0)', () => {
    expect(phonesOf('Call 1300 655 506')).toEqual([['1300 655 506', '+611300655506']]);
    expect(phonesOf('ring 1300 655 506', 'GB')).toEqual([['1300 655 506', '+611300655506']]);
    expect(phonesOf('We have 1300 customers in 13 22 21 towns.')).toEqual([]);
    expect(phonesOf('Order 4471 or 1300 655 506 points ship today.')).toEqual([]);
  });
});

describe('detectPhones: Mexico\'s old mobile prefix "+52 1"', () => {
  it.each([
    ['Whatsapp us: +52 1 55 1234 5678', '+52 1 55 1234 5678'],
    ['Escríbenos al +521 55 1234 5678.', '+521 55 1234 5678'],
    ['+5215512345678', '+5215512345678'],
    ['Llama al +52 1 (33) 3818-1800', '+52 1 (33) 3818-1800'],
  ])('finds %s and reports the number without the 1', (text, number) => {
    const [phone] = detectPhones(text);
    expect(phone).toMatchObject({ text: number, kind: 'standard' });
    expect(phone!.e164).toMatch(/^\+52(?:55|33)\d{8}$/);
  });

  it.each([
    '+52 1 55 1234 5678 90',
    '+52 1 55 1234 5678 1234 5678',
    '+52155123456789012',
    'Ref 4452155123456789',
    'Order #52155123456780',
    'ID x+52 1 55 1234 5678',
  ])('does not flag %s (a piece of a longer digit run)', (text) => {
    expect(detectPhones(text)).toEqual([]);
  });

  it('leaves the current form alone', () => {
    expect(phonesOf('+52 55 5080 2000')).toEqual([['+52 55 5080 2000', '+525550802000']]);
  });
});

describe('detectPhones: the region of a national number', () => {
  it.each([
    ['Berlin: 030 1234 5678', '+493012345678'],
    ['Berlin office: 030 1234 5678', '+493012345678'],
    ['Berlin: 030 1234567', '+49301234567'],
    ['Berlin office: 030 901820', '+4930901820'],
    ['Call our Munich team on 089 1234567', '+49891234567'],
    ['Paris: 01 42 68 53 00', '+33142685300'],
    ['Madrid: 91 123 45 67', '+34911234567'],
    ['Sydney office: 02 9374 4000', '+61293744000'],
    ['Reach us at 0800 123 4567 (NZ).', '+648001234567'],
    ['DE: 030 1234 5678', '+493012345678'],
    ['phone us free on 1800 812 345 (Australia)', '+611800812345'],
  ])('%s → %s (a place names the region)', (text, e164) => {
    expect(phonesOf(text).map(([, e]) => e)).toEqual([e164]);
  });

  it('takes the nearest place before each number', () => {
    expect(phonesOf('London: 020 7946 0321, Berlin: 030 1234 5678')).toEqual([
      ['020 7946 0321', '+442079460321'],
      ['030 1234 5678', '+493012345678'],
    ]);
  });

  it('uses the text\'s language when no place is named', () => {
    expect(phonesOf('Iberia: Su vuelo ha sido cancelado. Llame al 901 111 500 para cambiar su reserva.')).toEqual([['901 111 500', '+34901111500']]);
    expect(phonesOf('Para soporte marque el 55 5249 5000.')).toEqual([['55 5249 5000', '+525552495000']]);
  });

  it('prefers a named place over the configured region, and the configured region over the default order', () => {
    expect(phonesOf('Berlin: 030 1234 5678', 'GB')).toEqual([['030 1234 5678', '+493012345678']]);
    expect(phonesOf('Call 030 1234 5678', 'DE')).toEqual([['030 1234 5678', '+493012345678']]);
  });

  it('keeps the default order without a hint, and a hint never makes an invalid number valid', () => {
    expect(phonesOf('Call 030 1234 5678')).toEqual([['030 1234 5678', '+443012345678']]);
    expect(phonesOf('Call 020 7946 0321')).toEqual([['020 7946 0321', '+442079460321']]);
    // Not a valid German number: the next region that accepts it wins.
    expect(phonesOf('Berlin office: 020 7946 0321')).toEqual([['020 7946 0321', '+442079460321']]);
  });

  it('reads a North American layout as +1 under a region outside the plan, unless that region writes it so', () => {
    // The US number a US text gives, linted with a British or German setup.
    expect(phonesOf('Call us at (415) 555-0199 for help.', 'GB')).toEqual([['(415) 555-0199', '+14155550199']]);
    expect(phonesOf('Call us at 1-415-555-0199.', 'GB')).toEqual([['1-415-555-0199', '+14155550199']]);
    expect(phonesOf('Call us at 415.555.0199 for help.', 'DE')).toEqual([['415.555.0199', '+14155550199']]);
    expect(phonesOf('Call us at +1 415 555 0199.', 'GB')).toEqual([['+1 415 555 0199', '+14155550199']]);
    // Italy writes its mobiles 3-3-4: the configured region keeps them.
    expect(phonesOf('Chiama il 347 123 4567 oggi.', 'IT')).toEqual([['347 123 4567', '+393471234567']]);
  });

  it('keeps every digit group of a long international number', () => {
    expect(phonesOf('Kundenservice: +49 (0) 30 - 12 34 56 78, Mo-Fr.')).toEqual([['+49 (0) 30 - 12 34 56 78', '+493012345678']]);
    expect(phonesOf('Hotline +43 (0) 1 23 45 67 89 0 erreichbar.')).toEqual([['+43 (0) 1 23 45 67 89 0', '+431234567890']]);
  });

  it('takes a 1800 number shared by Ireland and Australia from the currency the text names', () => {
    expect(phonesOf('Refunds over $50: call 1800 123 456.')).toEqual([['1800 123 456', '+611800123456']]);
    expect(phonesOf('Refunds over A$50: call 1800 123 456.')).toEqual([['1800 123 456', '+611800123456']]);
    expect(phonesOf('Refunds over €50: call 1800 123 456.')).toEqual([['1800 123 456', '+3531800123456']]);
    // No hint at all: both are valid and look the same; the default order keeps Ireland.
    expect(phonesOf('Call 1800 123 456 for help.')).toEqual([['1800 123 456', '+3531800123456']]);
  });

  it.each([
    'Berlin: order 030 1234567',
    'Code: 030 1234567',
    'Date: 030 1234567',
    'Nice to meet you 030 1234567',
    'Berlin 2026 1234567',
    'Account 030 1234567 is closed.',
  ])('does not flag %s', (text) => {
    expect(detectPhones(text)).toEqual([]);
  });
});
