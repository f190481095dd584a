import { ruleDocsUrl } from './docs-url.js';
import { excerpt } from '../text/message-excerpt.js';
import { templateAnchor } from './template-location.js';
import type { Rule } from './types.js';

/** Comments are never sent, so a body of only comments and whitespace sends nothing. */
const COMMENT = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g;

export const emptyTemplate: Rule = {
  meta: {
    id: 'empty-template',
    description: 'A template has no text to send.',
    docsUrl: ruleDocsUrl('empty-template'),
    defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
    fixable: false,
  },
  check(template, context) {
    if (template.body.source.replace(COMMENT, '').trim() !== '') return;
    context.report({
      message: `Template "${excerpt(template.id, 48)}" is empty: write its text or remove it. It would send a blank message (still billed as 1 segment).`,
      range: templateAnchor(template),
    });
  },
};
