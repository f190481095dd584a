import { ruleDocsUrl } from './docs-url.js';
import { templateAnchor } from './template-location.js';
/** Comments are never sent, so a body of only comments and whitespace sends nothing. */
const COMMENT = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g;
export const emptyTemplate = {
    meta: {
        id: 'empty-template',
        description: 'A template has no text to send.',
        docsUrl: ruleDocsUrl('empty-template'),
        defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
        fixable: false,
    },
    check(template, context) {
        if (template.body.source.replace(COMMENT, '').trim() !== '')
            return;
        context.report({
            message: `Template "${template.id}" is empty: it would send a blank message (still billed as 1 segment).`,
            range: templateAnchor(template),
        });
    },
};
//# sourceMappingURL=empty-template.js.map