import { describe, expect, it } from 'vitest';
import { detectExclusiveOptOut, detectOptOut } from '@smslint/core';

const texts = (t: string) => detectOptOut(t).map((m) => m.text);

describe('detectOptOut', () => {
  it.each([
    ['Reply STOP to opt out.', 'Reply STOP', 'STOP'],
    ['Txt STOP to end', 'Txt STOP', 'STOP'],
    ['Text END to quit.', 'Text END', 'END'],
    ['Reply UNSUBSCRIBE to stop offers', 'Reply UNSUBSCRIBE', 'UNSUBSCRIBE'],
    ['Send QUIT anytime.', 'Send QUIT', 'QUIT'],
    ['Reply STOPALL to stop all programs', 'Reply STOPALL', 'STOPALL'],
    ['Reply REVOKE to revoke consent', 'Reply REVOKE', 'REVOKE'],
    ['reply stop to unsubscribe', 'reply stop', 'STOP'],
    ['Responda ALTO para cancelar.', 'Responda ALTO', 'ALTO'],
    ['Envíe PARAR para salir.', 'Envíe PARAR', 'PARAR'],
    ['Répondez ARRET pour vous désabonner.', 'Répondez ARRET', 'ARRET'],
    ['Textez ARRÊT pour arrêter.', 'Textez ARRÊT', 'ARRÊT'],
    ['STOP to end, HELP for help', 'STOP to end', 'STOP'],
  ])('finds %s', (text, expected, keyword) => {
    const found = detectOptOut(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe(expected);
    expect(found[0]!.keyword).toBe(keyword.toUpperCase());
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.text);
  });

  it('finds instructions without a keyword (settings pages, links)', () => {
    expect(texts('To turn off text alerts, go to Settings.')).toEqual(['To turn off text alerts, go to']);
    expect(texts('Turn off alerts in the app under Settings.')).toEqual(['Turn off alerts in the app under Settings']);
    expect(texts('To unsubscribe, call us at 1-800-555-0150.')).toEqual(['To unsubscribe, call']);
    expect(texts('Unsubscribe: acme.com/u/123')).toEqual(['Unsubscribe: acme.com/u/123']);
    expect(detectOptOut('To stop these texts, reply STOP.')[0]!.keyword).toBe('STOP');
  });

  it.each([
    'Stop by our store today!',
    'Our non-stop sale continues.',
    'The bus stop moved to Oak St.',
    'Reply CANCEL to cancel your appointment.',
    'Reply CANCEL to cancel your reservation for Friday.',
    "We'll cancel your subscription box if you reply CANCEL.",
    "We'll end your session in 5 minutes.",
    'Reply YES to confirm, HELP for help.',
    'Please stop at the front desk when you arrive.',
  ])('does not flag %s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});

describe('detectExclusiveOptOut', () => {
  it('finds opt-out methods presented as the only one', () => {
    expect(detectExclusiveOptOut('You may opt out only by calling 1-800-555-0150.')[0]!.method).toBe('calling');
    expect(detectExclusiveOptOut('To opt out, call us at 1-800-555-0150.')).toHaveLength(1);
    expect(detectExclusiveOptOut('Opt-outs must be made in writing; you must call our office to unsubscribe.')).toHaveLength(1);
  });

  it('does not flag a reply keyword offered alongside a call', () => {
    expect(detectExclusiveOptOut('Reply STOP to opt out, or to opt out call us at 1-800-555-0150.')).toEqual([]);
    expect(detectExclusiveOptOut('Reply STOP to opt out.')).toEqual([]);
  });
});
