import { describe, expect, it } from 'vitest';
import {
  detectBrand,
  detectDisclosures,
  detectExcessivePunctuation,
  detectHelpInstruction,
  detectLeftoverBrackets,
  detectMarkdownSyntax,
  detectShaftContent,
} from '@smslint/core';

describe('detectHelpInstruction', () => {
  it('finds HELP keywords and support contacts', () => {
    expect(detectHelpInstruction('Reply HELP for help.')[0]!.keyword).toBe('HELP');
    expect(detectHelpInstruction('Textez AIDE pour de l’aide.')[0]!.keyword).toBe('AIDE');
    expect(detectHelpInstruction('Questions? Call 1-800-555-0100.')[0]!.keyword).toBeNull();
    expect(detectHelpInstruction('For help, visit acme.com/help.')).toHaveLength(1);
    expect(detectHelpInstruction('We can help you today.')).toEqual([]);
  });
});

describe('detectDisclosures', () => {
  it('reports which first-message disclosures are present', () => {
    const full = detectDisclosures(
      'Welcome to Acme Alerts! Msg frequency varies. Msg & data rates may apply. Reply HELP for help, STOP to cancel.',
    );
    expect(full.present).toEqual(['program', 'frequency', 'rates', 'stop', 'help']);
    expect(full.missing).toEqual([]);
    const partial = detectDisclosures('Your order shipped. Reply STOP to opt out.');
    expect(partial.present).toEqual(['stop']);
    expect(partial.missing).toEqual(['program', 'frequency', 'rates', 'help']);
    expect(detectDisclosures('Up to 4 msgs/mo.').frequency!.text).toBe('Up to 4 msgs/mo');
  });
});

describe('detectBrand', () => {
  it('finds whole-word, case-insensitive mentions with offsets', () => {
    const found = detectBrand('ACME Co: thanks from acme co. Acmeville is not it.', 'Acme Co');
    expect(found.map((m) => [m.text, m.start])).toEqual([['ACME Co', 0], ['acme co', 21]]);
    expect(detectBrand('Text (c) Acme+', 'Acme+')).toHaveLength(1);
    expect(detectBrand('anything', '')).toEqual([]);
  });
});

describe('detectShaftContent', () => {
  it('finds restricted terms with categories', () => {
    const found = detectShaftContent('Happy hour: $5 beer, vape sale, poker night, CBD gummies, guns & ammo.');
    expect(found.map((m) => [m.text, m.category])).toEqual([
      ['Happy hour', 'alcohol'],
      ['beer', 'alcohol'],
      ['vape', 'tobacco'],
      ['poker', 'gambling'],
      ['CBD', 'cannabis'],
      ['guns', 'firearms'],
      ['ammo', 'firearms'],
    ]);
  });

  it.each([
    'Our Sussex and Essex stores are open.',
    'Get 30% off our best-selling stock pot.',
    'Test your smoke detector monthly.',
    'We hate to keep you waiting!',
    'Grab a glue gun and weed killer at the hardware aisle.',
    'Only a few appointment slots left.',
  ])('does not flag %s', (text) => {
    expect(detectShaftContent(text)).toEqual([]);
  });
});

describe('detectExcessivePunctuation', () => {
  it('finds repeated ! and ? and more than one emoji', () => {
    expect(detectExcessivePunctuation('Wow!! Really?! Sure?').map((m) => m.text)).toEqual(['!!', '?!']);
    expect(detectExcessivePunctuation('Thanks 😊').length).toBe(0);
    expect(detectExcessivePunctuation('Thanks 😊🎉 👍🏽').map((m) => m.text)).toEqual(['😊', '🎉', '👍🏽']);
    expect(detectExcessivePunctuation('Acme™ and © 2024').length).toBe(0);
  });
});

describe('detectMarkdownSyntax', () => {
  it('finds Markdown sent literally', () => {
    const text = '# Sale\n**Big** savings, _today_ only. [Shop](https://acme.com)\n- item one\n`CODE`';
    expect(detectMarkdownSyntax(text).map((m) => m.kind)).toEqual(['heading', 'emphasis', 'emphasis', 'link', 'list-marker', 'code']);
    expect(detectMarkdownSyntax('Use first_name_here and 5 * 3 = 15.')).toEqual([]);
  });
});

describe('detectLeftoverBrackets', () => {
  it('finds unreplaced placeholder leftovers', () => {
    const found = detectLeftoverBrackets('Hi [Name], <first name>, code XXX, {firstName} and %NAME%.');
    expect(found.map((m) => [m.text, m.kind])).toEqual([
      ['[Name]', 'square'],
      ['<first name>', 'angle'],
      ['XXX', 'xxx'],
      ['{firstName}', 'single-brace'],
      ['%NAME%', 'percent'],
    ]);
    expect(detectLeftoverBrackets('Hi {{firstName}}, see [Shop](https://x.com)')).toEqual([]);
  });

  it('leaves the slots of a command the reader is told to send (real templates)', () => {
    for (const text of [
      // medic/cht-core api/resources/translations/messages-en.properties @ 4ab38e89b6bc0c28e7b7ed931492936883a143f2
      "{{contact.name}}, did {{patient_name}} {{patient_id}} require care? To register pregnancy, send 'P {{patient_id}} <Weeks since LMP>'. For PNC, send delivery report using 'D {{patient_id}} <Delivery Code> <Days Since Delivery>'. Thank you!",
      "Hi {{contact.name}}, please remember to submit a pregnancy registration for {{patient_name}} {{patient_id}} with 'P {{patient_id}} <Weeks since LMP>'. Thanks!",
      // dimagi/commcare-hq corehq/apps/sms/messages.py @ 068489e013fc7aad173d3e7c88f9d86d8312a4b2
      "Please reply with an SMS saying 'join {{domain}} worker [username]', entering your requested username in place of [username]",
      'Usage: #update location <site_code>',
      'Usage: {{start_keyword}} <keyword>',
    ]) {
      expect(detectLeftoverBrackets(text), text).toEqual([]);
    }
  });

  it('still finds leftovers next to quoted words and outside the command', () => {
    const texts = ["Hi [Name], reply 'YES' to confirm.", "Text 'STOP' to opt out, [Name].", "Send 'P <Weeks since LMP>' to [Clinic Name]."];
    expect(texts.map((t) => detectLeftoverBrackets(t).map((m) => m.text))).toEqual([['[Name]'], ['[Name]'], ['[Clinic Name]']]);
  });
});
