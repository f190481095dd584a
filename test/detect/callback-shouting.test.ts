import { describe, expect, it } from 'vitest';
import { detectCallbackOffers, detectShouting } from '@smslint/core';

describe('detectCallbackOffers', () => {
  it.each([
    ['Reply YES and an agent will call you.', 'YES'],
    ['Reply CALL for a callback.', 'CALL'],
    ['Text AGENT to chat with a person.', 'AGENT'],
    ['Reply HUMAN anytime.', 'HUMAN'],
    ['Responda LLAMAR y un agente le llamará.', 'LLAMAR'],
  ])('finds %s', (text, keyword) => {
    const found = detectCallbackOffers(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.keyword).toBe(keyword);
  });

  it('finds keyword-less reply offers', () => {
    const found = detectCallbackOffers('You can also reply to this message to reach our team.');
    expect(found).toHaveLength(1);
    expect(found[0]!.keyword).toBeNull();
    expect(found[0]!.text).toBe('reply to this message to reach');
  });

  it.each([
    'Reply YES to confirm your appointment.',
    'Reply STOP to stop messages from our team.',
    'Reply HELP for help.',
    'Reply C to confirm, call 312-555-0198 to change.',
    'Please reply with your ZIP code.',
  ])('does not flag %s', (text) => {
    expect(detectCallbackOffers(text)).toEqual([]);
  });
});

describe('detectShouting', () => {
  it('finds runs of three or more all-caps words', () => {
    const text = 'Acme: FLASH SALE ENDS TONIGHT! Take 30% off.';
    const found = detectShouting(text);
    expect(found.map((m) => m.text)).toEqual(['FLASH SALE ENDS TONIGHT']);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('FLASH SALE ENDS TONIGHT');
    expect(detectShouting('GET 50% OFF NOW').map((m) => m.text)).toEqual(['GET 50% OFF NOW']);
    expect(detectShouting('WE ARE OPEN TODAY 9 AM - 5 PM').map((m) => m.text)).toEqual(['WE ARE OPEN TODAY']);
  });

  it.each([
    'Reply STOP HELP YES NO',
    'Send it ASAP. FYI the ATM is down. USA FAQ PIN',
    'Your FREE gift is here.',
    'We are SO SORRY.',
    'Visit ACME OUTDOOR SUPPLY today.',
  ])('does not flag %s', (text) => {
    expect(detectShouting(text, { brand: 'Acme Outdoor Supply' })).toEqual([]);
  });

  it('a section label alone on its line over a list is a heading, not shouting', () => {
    // markoinc/cyclistaccidentlawyer-site data/sales-funnel-knowledge/sms-sequences/05-sms-appointment-reminders.md @ 7bd5e1f45834c4f5f5bd46aa7c023e12ecb2011f
    const real = "You're booked, {{first_name}}!\n\nAppointment: {{date}} at {{time}}\n\nBEFORE YOUR VISIT:\n• {{prep_item_1}}\n• {{prep_item_2}}\n\nReply C to confirm you've received this.";
    expect(detectShouting(real)).toEqual([]);
    expect(detectShouting('Hi!\n📋 QUICK PREP LIST:\n✓ Drink water')).toEqual([]);
    // Not alone on its line, or not over anything: still shouting.
    expect(detectShouting('FREE SHIPPING ENDS TONIGHT: shop now').map((m) => m.text)).toEqual(['FREE SHIPPING ENDS TONIGHT']);
    expect(detectShouting('Hi!\nFREE SHIPPING ENDS TONIGHT:').map((m) => m.text)).toEqual(['FREE SHIPPING ENDS TONIGHT']);
  });
});

describe('detectCallbackOffers with a question', () => {
  it('links a callback question to the reply keyword after it', () => {
    const found = detectCallbackOffers('Would you like a call back? Reply YES.');
    expect(found.map((m) => [m.text, m.keyword])).toEqual([['Reply YES', 'YES']]);
  });
});
