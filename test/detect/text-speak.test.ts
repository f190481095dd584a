import { describe, expect, it } from 'vitest';
import { TEXT_SPEAK_LEXICON, detectTextSpeak } from '@smslint/core';

const tokens = (text: string, options?: Parameters<typeof detectTextSpeak>[1]) => detectTextSpeak(text, options).map((m) => m.text);
const masked = (text: string) => text.replace(/\{\{[^}]*\}\}/g, (m) => '\uFFFC'.repeat(m.length));

describe('detectTextSpeak', () => {
  it('has a curated lexicon of at least 150 entries, each with an expansion', () => {
    expect(TEXT_SPEAK_LEXICON.size).toBeGreaterThanOrEqual(150);
    for (const [token, entry] of TEXT_SPEAK_LEXICON) {
      expect(entry.expansion.length, token).toBeGreaterThan(0);
      expect(['always', 'context']).toContain(entry.confidence);
      if (entry.confidence === 'context') expect(entry.context, token).toBeDefined();
    }
  });

  it('finds common text speak with offsets and case-adapted expansions', () => {
    const text = 'Thx 4 ur order! Pls call us b4 5pm, we r sorry. PLS reply.';
    const found = detectTextSpeak(text);
    expect(found.map((m) => m.text)).toEqual(['Thx', '4', 'ur', 'Pls', 'b4', 'r', 'PLS']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found.map((m) => m.expansion)).toEqual(['Thanks', 'for', 'your', 'Please', 'before', 'are', 'PLEASE']);
    expect(found.find((m) => m.text === 'r')!.confidence).toBe('context');
    expect(found.find((m) => m.text === 'ur')!.confidence).toBe('always');
  });

  it.each([
    ['U.S.', 'Your U.S. passport is ready.'],
    ['U-Haul', 'Your U-Haul truck is ready.'],
    ['R&D', 'The R&D team will call.'],
    ['Rs. 500', 'Rs. 500 was credited.'],
    ['ur in a URL', 'See https://acme.com/ur-guide and acme.com/ur today.'],
    ['ur inside a word', 'Our urgent update: your order is here.'],
    ['2 items', 'Add 2 items to your cart.'],
    ['4 msgs/mo', 'Up to 4 msgs/mo. Msg & data rates may apply. Msg frequency varies.'],
    // topmiamisoftware/rpx_laravel resources/lang/en/promotional_sms.php @ 1989b1f31f27deb140f5a6d8cfe8855d760f01e9
    ['Msg. frequency varies', 'Reply with "STOP" to opt-out of SMS, "HELP" for more info. Msg. frequency varies. Msg and data rates may apply.'],
    ['Reply Y/N', 'Reply Y/N to confirm.'],
    ['3 PM', 'See you at 3 PM.'],
    ['Seat B4', 'Seat B4 is yours. Gate B4 opens at noon. Room B4 is booked.'],
    ['T&C', 'T&C apply.'],
    ['Txt STOP', 'Txt STOP to end, Txt HELP for help.'],
    ['acronyms', 'Send it ASAP. FYI the ATM is down.'],
    ['brand', 'LOL Comedy Club tickets on sale.'],
    ['name', 'Thanks, Ty! Ty Burrell will call. Driver: Ty, silver Civic. Designed by Jony Ive.'],
    ['NP job title', 'Our NP will see you at 10.'],
    ['Spanish u', 'Llegará en 7 u 8 días.'],
    ['Spanish y/ya', 'Gracias, y que tenga un buen día. Ya está listo su pedido.'],
    ['placeholders', masked('Hi {{u}}, your {{r}} request for {{msg}} was received.')],
    ['reply options', 'Reply C to confirm or R to reschedule. Reply 2 to cancel. Press 4 for help.'],
    ['quantities', 'Buy 2 get 1 free. Seats 4 and 5 are yours. Enjoy 2 free months.'],
    ['labels', 'Plan B, Section U, Vitamin C, options A, B or C.'],
    ['codes', 'Reference: R4, U2, C7.'],
  ])('does not flag %s', (_name, text) => {
    expect(tokens(text)).toEqual([]);
  });

  it('handles context entries', () => {
    expect(tokens('we r sorry, r u ok?')).toEqual(['r', 'r', 'u']);
    expect(tokens('talk 2 u soon, this is 4 you, me 2!')).toEqual(['2', 'u', '4', '2']);
    expect(tokens('c u soon')).toEqual(['c', 'u']);
    expect(tokens('k, see you then')).toEqual(['k']);
    expect(tokens('Ty for waiting! ty so much')).toEqual(['Ty', 'ty']);
    expect(tokens('we will b there')).toEqual(['b']);
    expect(tokens('Y did u cancel?')).toEqual(['Y', 'u']);
    expect(tokens('reply y or n')).toEqual([]);
    expect(tokens('R u still interested?')).toEqual(['R', 'u']);
    expect(tokens('ready 4 pickup, sorry 4 the delay, happy 2 help')).toEqual(['4', '4', '2']);
    expect(tokens('waiting 4 hours in 4 colors, next 2 weeks, sleeps 2 adults, up 2 50% off')).toEqual([]);
    expect(tokens('GR8 DEALS 4 U')).toEqual(['GR8', '4', 'U']);
    expect(tokens('Hi Sam, Ur order shipped.')).toEqual(['Ur']);
  });

  it('treats ALL CAPS as acronyms unless the entry allows caps', () => {
    expect(tokens('OMG, THX!')).toEqual(['OMG', 'THX']);
    expect(tokens('Meet our NP. The ATM is out.')).toEqual([]);
  });

  it('honours allow and extra options', () => {
    expect(tokens('thx for ur order', { allow: ['THX'] })).toEqual(['ur']);
    expect(tokens('yo, ur order shipped', { extra: { yo: 'hello' } })).toEqual(['yo', 'ur']);
  });

  it('does not flag msg/txt inside compliance wording but does in prose', () => {
    expect(tokens('Recurring msgs. Msg&data rates may apply. Reply STOP to cancel.')).toEqual([]);
    expect(tokens('Got ur msg, txt us anytime.')).toEqual(['ur', 'msg', 'txt']);
  });

  it('never throws on odd input', () => {
    for (const input of ['', '\uFFFC\uFFFC', '\uD800u\uDC00', 'u'.repeat(5), null as unknown as string, 42 as unknown as string]) {
      expect(() => detectTextSpeak(input)).not.toThrow();
    }
  });
});
