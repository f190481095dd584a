import { describe, expect, it } from 'vitest';
import { findingsOf, spans } from '../helpers.js';
import { fixAndRelint } from './fix-helpers.js';

const rule = 'opt-out';
const catalog = (meta: string, body: string) => `---\nbrand: Acme\n${meta}---\n## Message\n${body}\n`;
const marketing = (body: string) => catalog('kind: marketing\nsendWindow: "09:00-20:00"\n', body);
const transactional = (body: string, extra = '') => catalog(`kind: transactional\n${extra}`, body);

describe('opt-out', () => {
  it('errors on marketing, warns on transactional, is off for support', () => {
    expect(findingsOf(rule, marketing('Acme: 20% off today.')).map((f) => f.severity)).toEqual(['error']);
    expect(findingsOf(rule, transactional('Acme: your order shipped.')).map((f) => f.severity)).toEqual(['warning']);
    expect(findingsOf(rule, '## Reply\nThanks, we are on it.\n')).toEqual([]);
  });

  it('reports at the template heading', () => {
    const text = marketing('Acme: 20% off today.');
    expect(spans(text, findingsOf(rule, text))).toEqual(['## Message']);
  });

  it('accepts keywords in English, Spanish and French, and settings instructions', () => {
    for (const body of [
      'Acme: 20% off. Reply STOP to opt out.',
      'Acme: 20% off. Text END to unsubscribe.',
      'Acme: 20% off. Responde ALTO para cancelar.',
      'Acme: 20% off. To turn off text alerts, go to Settings in the app.',
      'Acme: 20% off. Unsubscribe at https://acme.com/u',
    ]) {
      expect(findingsOf(rule, marketing(body)), body).toEqual([]);
    }
  });

  it('traps: "stop by our store", "non-stop", "CANCEL to cancel your appointment" are not opt-outs', () => {
    for (const body of [
      'Acme: stop by our store for a free gift.',
      'Acme: non-stop deals all weekend at the bus stop kiosk.',
      'Acme: your visit is Friday. Reply CANCEL to cancel your appointment.',
    ]) {
      expect(findingsOf(rule, marketing(body)), body).toHaveLength(1);
    }
  });

  it('skips one-off service templates (recurring: false), never marketing', () => {
    expect(findingsOf(rule, transactional('Acme: you are unsubscribed.', 'recurring: false\n'))).toEqual([]);
    expect(findingsOf(rule, catalog('kind: marketing\nrecurring: false\n', 'Acme: 20% off.'))).toHaveLength(1);
  });

  it('fix appends optOutText as its own sentence, and re-linting is clean', () => {
    expect(fixAndRelint(rule, marketing('Acme: 20% off today'))).toBe(marketing('Acme: 20% off today. Reply STOP to opt out.'));
    expect(fixAndRelint(rule, marketing('Acme: 20% off today!'))).toBe(marketing('Acme: 20% off today! Reply STOP to opt out.'));
    const config = { sources: [], optOutText: 'Text STOP to unsubscribe.' };
    expect(fixAndRelint(rule, marketing('Acme: sale.'), { config })).toBe(marketing('Acme: sale. Text STOP to unsubscribe.'));
  });

  it('fix puts the sentence on a new line after a link or placeholder, keeping CRLF', () => {
    const crlf = transactional('Acme: shipped. Track: https://acme.com/t/{{code}}').replace(/\n/g, '\r\n');
    const fixed = fixAndRelint(rule, crlf);
    expect(fixed).toBe(transactional('Acme: shipped. Track: https://acme.com/t/{{code}}\nReply STOP to opt out.').replace(/\n/g, '\r\n'));
    const single = fixAndRelint(rule, '---\nkind: transactional\n---\nAcme: shipped. Track: https://acme.com/t\n', { filePath: 'x.sms' });
    expect(single).toBe('---\nkind: transactional\n---\nAcme: shipped. Track: https://acme.com/t\nReply STOP to opt out.\n');
  });

  it('region ca: needs STOP and ARRET, names the missing one and fixes it', () => {
    const ca = (body: string, locale = 'en-CA') => transactional(body, `region: ca\nlocale: ${locale}\n`);
    expect(findingsOf(rule, ca('Acme: shipped. Reply STOP or ARRET to opt out.'))).toEqual([]);
    const english = findingsOf(rule, ca('Acme: shipped. Reply STOP to opt out.'));
    expect(english[0]!.message).toMatch(/missing the ARRET keyword/);
    expect(fixAndRelint(rule, ca('Acme: shipped. Reply STOP to opt out.'))).toBe(
      ca('Acme: shipped. Reply STOP to opt out. Répondez ARRET pour vous désabonner.'),
    );
    const french = ca('Acme : commande expédiée. Textez ARRET pour vous désabonner.', 'fr-CA');
    expect(findingsOf(rule, french)[0]!.message).toMatch(/missing the STOP keyword/);
    expect(fixAndRelint(rule, french)).toBe(
      ca('Acme : commande expédiée. Textez ARRET pour vous désabonner. Textez STOP pour vous désabonner.', 'fr-CA'),
    );
    expect(fixAndRelint(rule, ca('Acme: shipped.'))).toBe(ca('Acme: shipped. Reply STOP to opt out. Répondez ARRET pour vous désabonner.'));
  });

  it('region uk-eu: every marketing message needs an opt-out (PECR)', () => {
    const [finding] = findingsOf(rule, marketing('Acme: 20% off.'), { config: { sources: [], region: 'uk-eu' } });
    expect(finding!.message).toMatch(/PECR/);
  });
});

describe('opt-out-exclusive', () => {
  const exclusive = 'opt-out-exclusive';
  it('reports an opt-out that only works by calling', () => {
    const text = '## Reminder\nYour visit is Friday. To opt out, call us at (888) 412-7730.\n';
    const found = findingsOf(exclusive, text);
    expect(spans(text, found)).toEqual(['To opt out, call us']);
    expect(found[0]!.message).toMatch(/any reasonable means/);
    expect(findingsOf(exclusive, '## R\nYou can unsubscribe only by calling 1-888-412-7730.\n')).toHaveLength(1);
  });

  it('passes when a reply keyword works too, or no opt-out method is restricted', () => {
    expect(findingsOf(exclusive, '## R\nReply STOP to opt out, or call us at (888) 412-7730.\n')).toEqual([]);
    expect(findingsOf(exclusive, '## R\nCall us at (888) 412-7730 to reschedule.\n')).toEqual([]);
  });
});
