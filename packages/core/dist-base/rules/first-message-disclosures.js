import { detectBrand, detectDisclosures } from '../detect/index.js';
import { brandOf } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { templateAnchor } from './template-location.js';
const NAMES = {
    program: 'the program or brand name',
    frequency: 'the message frequency (e.g. "Msg frequency varies")',
    rates: '"Msg & data rates may apply"',
    stop: 'how to opt out (e.g. "Reply STOP to cancel")',
    help: 'how to get help (e.g. "Reply HELP for help")',
};
/**
 * The opt-in confirmation (metadata `optInConfirmation: true`) is the program's first
 * message and must state the program or brand, message frequency, "Msg & data rates may
 * apply", STOP and HELP (CTIA §5.1.1; sms-facts.md §2). Names each missing disclosure.
 */
export const firstMessageDisclosures = {
    meta: {
        id: 'first-message-disclosures',
        description: 'An opt-in confirmation missing a required disclosure (program, frequency, rates, STOP, HELP).',
        docsUrl: ruleDocsUrl('first-message-disclosures'),
        defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
        fixable: false,
    },
    check(template, context) {
        if (template.metadata.optInConfirmation !== true || template.body.source.trim() === '')
            return;
        const masked = template.body.masked;
        const disclosures = detectDisclosures(masked);
        const brand = brandOf(template, context.config);
        const named = brand !== undefined && detectBrand(masked, brand).length > 0;
        const missing = disclosures.missing.filter((kind) => !(kind === 'program' && named));
        if (missing.length === 0)
            return;
        context.report({
            message: `Opt-in confirmation is missing ${missing.map((kind) => NAMES[kind]).join(', ')} (CTIA 5.1.1).`,
            range: templateAnchor(template),
        });
    },
};
//# sourceMappingURL=first-message-disclosures.js.map