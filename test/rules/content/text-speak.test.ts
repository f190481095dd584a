import { describe, expect, it } from 'vitest';
import { findingsOf, spans } from '../helpers.js';
import { fixAndRelint } from './fix-helpers.js';

const rule = 'text-speak';
const reply = (body: string) => `## Reply\n${body}\n`;

describe('text-speak', () => {
  it('reports always-text-speak tokens with a fix to the expansion', () => {
    const text = reply('Thx for waiting, pls check ur email b4 5 PM.');
    const found = findingsOf(rule, text);
    expect(spans(text, found)).toEqual(['Thx', 'pls', 'ur', 'b4']);
    // "b4" is text speak only in context ("b4 5 PM"): a suggestion, not a fix.
    expect(found.map((f) => f.fix !== undefined)).toEqual([true, true, true, false]);
    expect(found[0]!.message).toBe('"Thx" is text speak: write "Thanks".');
    expect(found[0]!.severity).toBe('warning');
  });

  it('fixes, and the fixed text is clean and stable', () => {
    const fixed = fixAndRelint(rule, reply('Thx for waiting, pls check ur email.'));
    expect(fixed).toBe(reply('Thanks for waiting, please check your email.'));
  });

  it('gives context entries a suggestion, never a fix', () => {
    const text = reply('Sorry, we r looking into it now.');
    const [finding] = findingsOf(rule, text);
    expect(spans(text, [finding!])).toEqual(['r']);
    expect(finding!.fix).toBeUndefined();
    expect(finding!.suggestions?.[0]?.fix.edits[0]?.text).toBe('are');
  });

  it('traps from sms-facts §3 pass', () => {
    for (const body of [
      'Your U.S. order ships with U-Haul from our R&D team.',
      'You are in Seat B4. Reply Y/N.',
      'Your seat is B4 and your gate is C2.',
      'Up to 4 msgs/mo. Msg & data rates may apply. See the T&C.',
      'Please reply ASAP, FYI the ATM is closed.',
      'Thanks, Ty! Your NP will see you at 3 PM.',
      'Hi {{msg}}, we added 2 items to your cart.',
      'Track it at https://acme.com/ur/b4',
      'Tickets for the LOL Comedy Club are ready.',
    ]) {
      expect(findingsOf(rule, reply(body)), body).toEqual([]);
    }
  });

  it('honours config textSpeak.allow and extra', () => {
    const config = { sources: [], textSpeak: { allow: ['pls'], extra: { asap: 'as soon as possible' } } };
    const text = reply('Pls reply asap.');
    const found = findingsOf(rule, text, { config });
    expect(spans(text, found)).toEqual(['asap']);
    expect(found[0]!.fix?.edits[0]?.text).toBe('as soon as possible');
  });

  it('ignores a malformed textSpeak config instead of crashing', () => {
    const config = { sources: [], textSpeak: { allow: 'pls', extra: ['x'] } } as never;
    expect(findingsOf(rule, reply('pls wait'), { config })).toHaveLength(1);
  });
});
