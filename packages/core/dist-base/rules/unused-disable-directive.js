import { ruleDocsUrl } from './docs-url.js';
/**
 * Reported by the lint engine after directives are applied (it alone knows which
 * directive suppressed what); this module gives the id its meta and docs.
 */
export const unusedDisableDirective = {
    meta: {
        id: 'unused-disable-directive',
        description: 'An smslint-disable comment suppresses nothing (or names an unknown rule).',
        docsUrl: ruleDocsUrl('unused-disable-directive'),
        defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'warning' },
        fixable: true,
    },
    check() {
        // Reported by the lint engine (lint/directives.ts).
    },
};
//# sourceMappingURL=unused-disable-directive.js.map