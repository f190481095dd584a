import { isOneTimeMessage, parseTemplateFile, type ResolvedConfig } from '@smslint/core';
import { describe, expect, it } from 'vitest';

const OTP = `## Code

Northwind: your verification code is 482913. It expires in 10 minutes. Never share it.
`;

describe('isOneTimeMessage answers per template and config', () => {
  it('gives each config its own answer for the same template object (the answer is remembered per config)', () => {
    const [template] = parseTemplateFile(OTP, 'codes.sms.md').templates;
    const support: ResolvedConfig = { sources: [] };
    const marketing: ResolvedConfig = { sources: [], kind: 'marketing' };
    expect(isOneTimeMessage(template, support)).toBe(true);
    // A marketing program is never a one-time message, even for a template already answered.
    expect(isOneTimeMessage(template, marketing)).toBe(false);
    expect(isOneTimeMessage(template, support)).toBe(true);
    // A fresh parse of the same text answers the same as the remembered object.
    const [again] = parseTemplateFile(OTP, 'codes.sms.md').templates;
    expect(isOneTimeMessage(again, marketing)).toBe(false);
    expect(isOneTimeMessage(again, support)).toBe(true);
  });
});
