import { ruleDocsUrl } from './docs-url.js';
/**
 * Parse problems (front matter YAML, metadata, Handlebars syntax, structure) are found by
 * the template parser; the lint engine reports them under this id, with the problem's own
 * severity. This module exists so the id can be configured, disabled and documented.
 */
export const parseError = {
    meta: {
        id: 'parse-error',
        description: 'A problem reading the file (front matter, metadata, Handlebars syntax).',
        docsUrl: ruleDocsUrl('parse-error'),
        defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
        fixable: false,
    },
    check() {
        // Reported by the lint engine from file.problems and template.problems.
    },
};
//# sourceMappingURL=parse-error.js.map