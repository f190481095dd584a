/**
 * One-time code recognition (opt-out, HELP and redirect exemptions) on real OTP texts whose
 * code placeholder is not named code/otp/pin: the name, the words before or the words after
 * it say it is the code. Each text is cited (repository, path, commit).
 */
import { describe, expect, it } from 'vitest';
import { isOneTimeMessage, parseTemplateFile, type DialectId, type ResolvedConfig } from '@smslint/core';
import { findingsOf } from './helpers.js';

const NO_CONFIG: ResolvedConfig = { sources: [] };

function oneTime(text: string, placeholders: DialectId = 'handlebars', metadata = ''): boolean {
  const file = parseTemplateFile(`${metadata}${text}\n`, 'otp.sms', { placeholders });
  return isOneTimeMessage(file.templates[0], NO_CONFIG);
}

describe('one-time codes from real projects', () => {
  it.each([
    // instructure/canvas-lms app/models/communication_channel.rb @ d5dba5ffee4d325b3d229841ccfb936fdd7d8350
    ['Your Canvas verification code is %{verification_code}', 'rails'],
    // jazzband/django-two-factor-auth two_factor/templates/two_factor/twilio/whatsapp_message.html @ ba6041ba6015802a0eb2f4945ff050c671108ea1
    ['{{token}} is your OTP token', 'handlebars'],
    // nextcloud/twofactor_gateway l10n/en_GB.js @ 1f0e1990fb6e7d5b0c5589c2f7ead3624f5706bd (the code fills %s)
    ['%s is your Nextcloud authentication code', 'printf'],
    // tencentyun/intlcloud-documents yehe_doc/中间件与通信/短信/审核标准/正文模板示例_intl_en.md @ ebac9ed20de49202453b8b27c23b54dbb024d0e1
    ['Your login verification code is {1}. Please enter it within {2} minutes. If the login was not initiated by you, please ignore this message.', 'icu'],
    ['Your verification code is {1}. Please enter it within 5 minutes and do not disclose it to anyone.', 'icu'],
    ['You are changing your registered mobile number, and your verification code is {1}. Please enter it within 5 minutes and do not disclose it to anyone for your account security.', 'icu'],
  ] as const)('%s', (text, dialect) => {
    expect(oneTime(text, dialect)).toBe(true);
  });
});

describe('one-time wording in the languages smslint reads', () => {
  it.each([
    // OpenSourcePolitics/decidim-module-half_sign_up config/locales/{en,fr,de}.yml (de.yml @ adf91c119c166f57355e549e20397980fc27046c; test/fixtures/matrix)
    ['Use code %{verification} to sign in to the platform.'],
    ['Utilisez le code %{verification} pour vous connecter à la plateforme.'],
    ['Verwenden Sie den Code %{verification}, um sich auf der Plattform einzuloggen.'],
    ['Su código de verificación es %{code}.'],
    ['Use o código %{code} para entrar.'],
  ])('%s', (text) => {
    expect(oneTime(text, 'rails')).toBe(true);
  });

  it('the same words without a code are no one-time message', () => {
    expect(oneTime('Utilisez votre compte pour vous connecter à la plateforme.', 'rails')).toBe(false);
  });
});

describe('the code placeholder: by name, by the words before it, by the words after it', () => {
  it.each([
    ['Use code %{verification} to sign in', 'rails'],
    ['Your Acme verification code is {{token}}.', 'handlebars'],
    ['{{value}} is your Acme login code. Do not share it.', 'handlebars'],
    ['{{value}} is your one-time password.', 'handlebars'],
  ] as const)('%s', (text, dialect) => {
    expect(oneTime(text, dialect)).toBe(true);
  });

  it.each([
    // A booking reference is an identifier, even in a message that says "confirmation code".
    ['Your booking confirmation code is {{confirmation_code}}.'],
    // A token inside a link is part of the link, not a code to type.
    ['Reset your password: https://acme.example/reset?token={{token}} to sign in again.'],
    // A code word without one-time wording: a discount, not a login.
    ['Use code {{promo}} for 20% off your next order.'],
    ['Your API token is {{token}}.'],
  ])('not a one-time code: %s', (text) => {
    expect(oneTime(text)).toBe(false);
  });

  it('an exempt message gets no opt-out finding (the example of the closing note)', () => {
    const config = { placeholders: 'rails' } as const;
    const recurring = '---\nkind: transactional\nrecurring: true\n---\n';
    expect(findingsOf('opt-out', `${recurring}Use code %{verification} to sign in\n`, { filePath: 'otp.sms', config: { sources: [], ...config } })).toEqual([]);
    expect(findingsOf('opt-out', `${recurring}Your order %{order} has shipped.\n`, { filePath: 'otp.sms', config: { sources: [], ...config } })).toHaveLength(1);
  });
});
