import { detectBrand, detectDisclosures } from '../detect/index.js';
import type { DisclosureKind } from '../detect/types.js';
import { brandOf } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { templateAnchor } from './template-location.js';
import type { Rule } from './types.js';

/** Short names, so the first sentence (what is missing: add it) stays short; examples follow. */
const NAMES: Record<DisclosureKind, string> = {
  program: 'the program or brand',
  frequency: 'the frequency',
  rates: 'the rates',
  stop: 'STOP',
  help: 'HELP',
};

const EXAMPLES: Record<DisclosureKind, string | undefined> = {
  program: undefined,
  frequency: 'Msg frequency varies.',
  rates: 'Msg & data rates may apply.',
  stop: 'Reply STOP to cancel.',
  help: 'Reply HELP for help.',
};

/**
 * The opt-in confirmation (metadata `optInConfirmation: true`) is the program's first
 * message and must state the program or brand, message frequency, "Msg & data rates may
 * apply", STOP and HELP (CTIA §5.1.1; sms-facts.md §2). Names each missing disclosure.
 */
export const firstMessageDisclosures: Rule = {
  meta: {
    id: 'first-message-disclosures',
    description: 'An opt-in confirmation missing a required disclosure (program, frequency, rates, STOP, HELP).',
    docsUrl: ruleDocsUrl('first-message-disclosures'),
    defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
    fixable: false,
  },
  check(template, context) {
    if (template.metadata.optInConfirmation !== true || template.body.source.trim() === '') return;
    const masked = template.body.masked;
    const disclosures = detectDisclosures(masked);
    const brand = brandOf(template, context.config);
    const named = brand !== undefined && detectBrand(masked, brand).length > 0;
    const missing = disclosures.missing.filter((kind) => !(kind === 'program' && named));
    if (missing.length === 0) return;
    const names = missing.map((kind) => NAMES[kind]);
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
    const examples = missing.map((kind) => EXAMPLES[kind]).filter((text) => text !== undefined).join(' ');
    context.report({
      message:
        `Opt-in confirmation is missing ${list}: add ${names.length > 1 ? 'them' : 'it'}. ` +
        `${examples ? `For example "${examples}" ` : ''}(CTIA 5.1.1: the first message states the program, frequency, rates, STOP and HELP).`,
      range: templateAnchor(template),
    });
  },
};
