import { detectShouting } from '../detect/index.js';
import { brandOf, documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
/**
 * Runs of all-caps words ("FREE SHIPPING ENDS TONIGHT") read as shouting and trip carrier
 * spam filters. Acronyms, reply keywords (STOP, HELP) and the brand are not shouting.
 */
export const shouting = {
    meta: {
        id: 'shouting',
        description: 'Runs of all-caps words that read as shouting.',
        docsUrl: ruleDocsUrl('shouting'),
        defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'warning' },
        fixable: false,
    },
    check(template, context) {
        const brand = brandOf(template, context.config);
        for (const match of detectShouting(template.body.masked, brand === undefined ? {} : { brand })) {
            context.report({
                message: `"${match.text}" is all caps and reads as shouting (and as spam to carrier filters): write it in sentence case.`,
                range: documentRange(template, match),
            });
        }
    },
};
//# sourceMappingURL=shouting.js.map