import { describe, expect, it } from 'vitest';
import { findingsOf, spans } from '../helpers.js';
import { applySuggestions } from './fix-helpers.js';

describe('multichannel-redirect', () => {
  const rule = 'multichannel-redirect';
  const reply = (body: string) => `## Reply\n${body}\n`;

  it('warns on a support reply with no way to reach a person, at its heading', () => {
    const text = reply('We have closed your case. Thanks for your patience.');
    const found = findingsOf(rule, text, { config: { sources: [], kind: 'support' } });
    expect(spans(text, found)).toEqual(['## Reply']);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.fix).toBeUndefined();
  });

  it('is an info while no kind is configured, and says nothing for a one-time code', () => {
    const body = 'We have closed your case. Thanks for your patience.';
    expect(findingsOf(rule, `## Reply\n${body}\n`).map((f) => f.severity)).toEqual(['info']);
    expect(findingsOf(rule, `## Reply\n${body}\n`, { config: { sources: [], kind: 'support' } }).map((f) => f.severity)).toEqual(['warning']);
    expect(findingsOf(rule, reply('Your Acme verification code is {{code}}.'))).toEqual([]);
  });

  it('accepts a link, a callable number, an email, a callback offer or a support contact', () => {
    for (const body of [
      'Case closed. Details: https://acme.com/c/{{caseNumber}}',
      'Case closed. Questions? Call (888) 412-7730.',
      'Case closed. Write to help@acme.com any time.',
      'Case closed. Reply CALL and an agent will call you.',
      'Case closed. Just reply and a specialist will follow up.',
      'Case closed. Text us at 12345 for help.',
    ]) {
      expect(findingsOf(rule, reply(body)), body).toEqual([]);
    }
  });

  it('a fictional 555-01XX number reaches nobody', () => {
    expect(findingsOf(rule, reply('Case closed. Call 555-0123 if needed.'))).toHaveLength(1);
  });

  it("the customer's own number is not a way to reach the company; a number to call still is", () => {
    const support = { config: { sources: [], kind: 'support' as const } };
    for (const body of [
      'Sent to {{phone}}. Your case is closed.',
      'We texted {{phone}} a link to your receipt.',
      "We'll call you at {{phone}} tomorrow.",
      'Your number ({{phone}}) is on file.',
      '{{mobile}} has been verified.',
      // egovernments/iFix-docs exemplar/mgramseva/features/sms-notifications.md @ 15ae31c6e0517984aa221a5438a97198cfff36f6
      "Dear {{user}}, You've been invited to mGramSeva Application of Punjab. Please login using the app. Username: {{Phone_Number}} Password: {{Password}}",
    ]) {
      expect(findingsOf(rule, reply(body), support), body).toHaveLength(1);
    }
    for (const body of [
      'Call us at {{phone}}.',
      'Sent to {{phone}}. Questions? Call {{support_phone}}.',
      'Your case is closed. Questions? {{config.phone}}',
      'Please call or message us at {{config.phone}} if you have any questions!',
    ]) {
      expect(findingsOf(rule, reply(body), support), body).toEqual([]);
    }
  });

  it('is off for transactional and marketing by default', () => {
    expect(findingsOf(rule, '---\nkind: transactional\n---\n## Code\nYour code is 123456.\n')).toEqual([]);
  });

  it('suggests redirectText (config or default); applying it clears the finding', () => {
    const text = reply('Case closed');
    const fixed = applySuggestions(rule, text);
    expect(fixed).toBe(reply('Case closed. Reply to this message to reach our team.'));
    expect(findingsOf(rule, fixed)).toEqual([]);
    const config = { sources: [], redirectText: 'Questions? Call (888) 412-7730.' };
    const custom = applySuggestions(rule, text, { config });
    expect(custom).toBe(reply('Case closed. Questions? Call (888) 412-7730.'));
    expect(findingsOf(rule, custom, { config })).toEqual([]);
  });
});

describe('help-instruction', () => {
  const rule = 'help-instruction';
  const program = (meta: string, body: string) => `---\nbrand: Acme\n${meta}---\n## Message\n${body}\n`;
  const deals = (body: string) => program('kind: marketing\nsendWindow: "09:00-20:00"\n', body);

  it('warns on marketing without HELP or a support contact', () => {
    const found = findingsOf(rule, deals('Acme: 20% off at https://acme.com/sale Reply STOP to opt out.'));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });

  it('is info for recurring service programs, and silent for one-off ones', () => {
    const alert = 'Acme: your bill is ready. Reply STOP to opt out.';
    expect(findingsOf(rule, program('kind: transactional\nrecurring: true\n', alert)).map((f) => f.severity)).toEqual(['info']);
    expect(findingsOf(rule, program('kind: transactional\n', alert))).toEqual([]);
    expect(findingsOf(rule, program('kind: marketing\nrecurring: false\n', alert))).toEqual([]);
  });

  it("the recipient's own number is no support contact", () => {
    expect(findingsOf(rule, deals('Acme: 20% off, sent to {{phone}}. Reply STOP to opt out.'))).toHaveLength(1);
    expect(findingsOf(rule, deals('Acme: 20% off. Questions? Call {{phone}}. Reply STOP to opt out.'))).toEqual([]);
  });

  it('accepts HELP keywords, contact lines, help links, phone numbers and callback offers', () => {
    for (const body of [
      'Acme: 20% off. Reply HELP for help, STOP to opt out.',
      'Acme: 20% off. Questions? Call us. Reply STOP to opt out.',
      'Acme: 20% off. Help at https://acme.com/help or reply STOP to opt out.',
      'Acme: 20% off. Call (888) 412-7730. Reply STOP to opt out.',
      'Acme: 20% off. Reply CALL and an agent will call you. Reply STOP to opt out.',
      'Acme : 20 % de rabais. Textez AIDE pour de l\'aide, ARRET pour vous désabonner.',
      'Acme: 20% off. Support: 1-888-412-7730. Reply STOP to opt out.',
      'Acme: 20% off. Ayuda en acme.com/ayuda. Responde STOP para cancelar.',
    ]) {
      expect(findingsOf(rule, deals(body)), body).toEqual([]);
    }
  });

  it('suggests "Reply HELP for help."; applying it clears the finding', () => {
    const text = deals('Acme: 20% off today. Reply STOP to opt out.');
    const fixed = applySuggestions(rule, text);
    expect(fixed).toBe(deals('Acme: 20% off today. Reply STOP to opt out. Reply HELP for help.'));
    expect(findingsOf(rule, fixed)).toEqual([]);
  });
});
