import { describe, expect, it } from 'vitest';
import {
  detectCallbackOffers,
  detectDisclosures,
  detectEmails,
  detectExclusiveOptOut,
  detectHelpInstruction,
  detectLinks,
  detectOptOut,
  detectPhones,
  detectTextSpeak,
} from '@smslint/core';

// Detectors remember results for the last few texts (several rules scan the same body):
// a repeated call must give the same answer, however callers treat earlier results.
const BODY =
  'Acme: thx 4 waiting! Track it at https://acme.example/t/42 or email help@acme.example. ' +
  'Call (888) 412-7730 or reply CALL for a callback. Questions? Reply HELP. Reply STOP to opt out.';

describe('repeated detector calls on the same text', () => {
  it('return equal, independent results: editing one result does not change the next', () => {
    const detectors = [detectLinks, detectEmails, detectPhones, detectOptOut, detectCallbackOffers, detectHelpInstruction] as const;
    for (const detect of detectors) {
      const first = detect(BODY) as Array<{ start: number; text: string }>;
      const expected = JSON.stringify(first);
      expect(first.length).toBeGreaterThan(0);
      first[0]!.start = -1;
      first[0]!.text = 'edited';
      first.length = 0;
      expect(JSON.stringify(detect(BODY))).toBe(expected);
    }
  });

  it('keep texts apart when calls interleave', () => {
    const other = 'Visit www.northwind.example/help or call 1-800-555-0199.';
    const links = detectLinks(BODY);
    const otherLinks = detectLinks(other);
    expect(otherLinks.map((l) => l.host)).toEqual(['www.northwind.example']);
    for (let i = 0; i < 6; i++) detectLinks(`filler ${i}.example.com`);
    expect(detectLinks(BODY)).toEqual(links);
    expect(detectLinks(other)).toEqual(otherLinks);
  });

  it('keep regions apart for phone numbers', () => {
    const text = 'Call us on 020 7946 0958 or +1 888 412 7730.';
    const us = detectPhones(text, { region: 'US' });
    const gb = detectPhones(text, { region: 'GB' });
    expect(gb.find((p) => p.text === '020 7946 0958')?.e164).toBe('+442079460958');
    expect(detectPhones(text, { region: 'US' })).toEqual(us);
    expect(detectPhones(text, { region: 'GB' })).toEqual(gb);
  });

  it('give detectors built on others (disclosures, exclusive opt-out, text speak) the same answers as a first call', () => {
    const disclosures = detectDisclosures(BODY);
    const exclusive = detectExclusiveOptOut(BODY);
    const textSpeak = detectTextSpeak(BODY);
    expect(disclosures.stop?.text).toBe('Reply STOP');
    expect(textSpeak.map((t) => t.text)).toEqual(['thx', '4']);
    detectOptOut(BODY).forEach((o) => (o.start = -1));
    detectHelpInstruction(BODY).length = 0;
    detectLinks(BODY).forEach((l) => (l.end = 0));
    expect(detectDisclosures(BODY)).toEqual(disclosures);
    expect(detectExclusiveOptOut(BODY)).toEqual(exclusive);
    expect(detectTextSpeak(BODY)).toEqual(textSpeak);
  });
});
