import { detectPhones } from '../detect/index.js';
import type { PhoneMatch } from '../detect/types.js';
import type { Template } from '../template/types.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { excerpt } from '../text/message-excerpt.js';
import { placeholderFacts, type PlaceholderFact } from './placeholder-facts.js';
import type { Rule, RuleContext } from './types.js';

/** Digits offered for calling ("call 12-345-678", "phone: 1 800 12 34") that may not be a number. */
const CALLING = /\b(?:call|dial|phone|tel|telephone|ring|reach[ \t]+us|contact[ \t]+us)\b[ \t.:]*(?:us[ \t]+)?(?:(?:at|on)[ \t]+)?(\+?\(?\d[\d ().-]{4,18}\d)/gi;

function isNanp(phone: PhoneMatch): boolean {
  return phone.e164?.startsWith('+1') === true && phone.e164.length === 12;
}

function checkPhone(template: Template, phone: PhoneMatch, context: RuleContext): void {
  const range = documentRange(template, phone);
  if (phone.kind === 'fictional') {
    context.report({
      message: `${excerpt(phone.text)} is a 555-01XX number reserved for fiction: use your real support number. Nobody answers it.`,
      range,
    });
  } else if (phone.kind === 'premium') {
    context.report({
      message: `${excerpt(phone.text)} is a premium-rate number: use a toll-free number. The caller pays extra, and carriers filter messages that promote one.`,
      range,
    });
  } else if (phone.kind === 'standard' && phone.e164 === undefined) {
    context.report({
      message: `${excerpt(phone.text)} has no area code: write the full number. It only works from phones in the same area.`,
      range,
    });
  } else if (phone.kind === 'standard' && isNanp(phone)) {
    context.report({
      message: `${excerpt(phone.text)} is a geographic number: consider a toll-free number or short code. Those are free for the customer and recognisable as yours.`,
      range,
      severity: 'info',
    });
  }
}

/** A phone placeholder's declared sample, checked as if it were written in the text. */
function checkSample(fact: PlaceholderFact, sample: string, context: RuleContext): void {
  const phone = detectPhones(sample)[0];
  const about = `The sample of {{${excerpt(fact.name, 24)}}} ("${excerpt(sample)}")`;
  if (!phone) {
    context.report({ message: `${about} is not a callable phone number: declare it as sent. Include its area code.`, range: fact.range });
  } else if (phone.kind === 'fictional') {
    context.report({ message: `${about} is a fictional 555-01XX number: declare a real one. Then previews and counts match what is sent.`, range: fact.range });
  } else if (phone.kind === 'premium') {
    context.report({ message: `${about} is a premium-rate number: declare a toll-free one. The caller pays extra, and carriers filter messages that promote one.`, range: fact.range });
  } else if (phone.kind === 'standard' && phone.e164 === undefined) {
    context.report({ message: `${about} has no area code: declare the full number. It only works from phones in the same area.`, range: fact.range });
  }
}

/**
 * Phone numbers customers cannot or should not call: fictional 555-01XX numbers, premium
 * 900/976 numbers, numbers without an area code, digits that do not parse as a number; an
 * info note prefers toll-free numbers or short codes to geographic ones.
 */
export const phoneValidity: Rule = {
  meta: {
    id: 'phone-validity',
    description: 'A fictional (555-01XX), premium-rate, incomplete or unparseable phone number.',
    docsUrl: ruleDocsUrl('phone-validity'),
    defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
    fixable: false,
  },
  check(template, context) {
    const text = template.body.masked;
    const phones = detectPhones(text);
    for (const phone of phones) checkPhone(template, phone, context);
    const checked = new Set<string>();
    for (const fact of placeholderFacts(template, context.config).placeholders) {
      if (fact.type !== 'phone' || fact.declaredSample === undefined || checked.has(fact.name)) continue;
      checked.add(fact.name);
      checkSample(fact, fact.declaredSample, context);
    }
    CALLING.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = CALLING.exec(text)) !== null) {
      const digits = m[1]!.replace(/[ ().-]+$/, '');
      const start = m.index + m[0].length - m[1]!.length;
      const end = start + digits.length;
      if (digits.replace(/\D/g, '').length < 7 || /^\d{4}-\d{2}-\d{2}$/.test(digits)) continue; // short, or a date
      if (phones.some((p) => p.start < end && start < p.end)) continue;
      context.report({
        message: `"${excerpt(digits)}" is offered as a number to call but is not a valid phone number: check the digits.`,
        range: documentRange(template, { start, end }),
      });
    }
  },
};
