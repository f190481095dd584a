import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOneTimeMessage, parseTemplateFile, type ResolvedConfig, type Template } from '@smslint/core';

// isOneTimeMessage is memoised per template object and config (opt-out, help-instruction and
// multichannel-redirect each ask): a remembered answer must equal a fresh template's answer.
const BODIES = [
  'Your Acme verification code is {{code}}. It expires in 10 minutes.',
  '{{otp}} is your Acme login code.',
  'Use code {{code}} for 20% off.',
  'Your Acme security code is 482913. Do not share it.',
  'Your order {{order_number}} has shipped.',
  'Acme: {{code}}\n\n@{{domain}} #{{code}}',
];
const METADATA = ['', '<!-- smslint: kind=marketing -->\n', '<!-- smslint: kind=transactional -->\n', '<!-- smslint: otp=false -->\n'];
const CONFIGS: ResolvedConfig[] = [{ sources: [] }, { sources: [], kind: 'marketing' }, { sources: [], kind: 'transactional' }];

function parse(meta: string, body: string): Template {
  return parseTemplateFile(`## T\n${meta}${body}\n`, 'one-time.sms.md').templates[0]!;
}

describe('isOneTimeMessage memo', () => {
  it('answers per config: the same template under another config is asked again', () => {
    const template = parse('', 'Use {{code}} to sign in.');
    const support: ResolvedConfig = { sources: [] };
    const marketing: ResolvedConfig = { sources: [], kind: 'marketing' };
    expect(isOneTimeMessage(template, support)).toBe(true);
    expect(isOneTimeMessage(template, marketing)).toBe(false);
    expect(isOneTimeMessage(template, support)).toBe(true);
  });

  it('any sequence of calls over shared templates equals fresh templates', () => {
    const templates = METADATA.flatMap((meta) => BODIES.map((body) => ({ meta, body, template: parse(meta, body) })));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(templates.length - 1), fc.nat(CONFIGS.length - 1)), { minLength: 1, maxLength: 40 }),
        (calls) => {
          for (const [t, c] of calls) {
            const { meta, body, template } = templates[t]!;
            const config = CONFIGS[c]!;
            expect(isOneTimeMessage(template, config)).toBe(isOneTimeMessage(parse(meta, body), config));
          }
        },
      ),
    );
  });
});
