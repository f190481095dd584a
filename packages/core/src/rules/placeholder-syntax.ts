import { dialectOf } from '../template/dialects/registry.js';
import { ruleDocsUrl } from './docs-url.js';
import type { Rule } from './types.js';
import { declaredVariables } from './variables.js';

/**
 * Placeholders that are broken or suspicious in the template's own dialect (Handlebars by
 * default; see `placeholders`): each dialect module words its own checks.
 */
export const placeholderSyntax: Rule = {
  meta: {
    id: 'placeholder-syntax',
    description:
      'Suspicious or broken placeholders in the template\'s dialect: empty placeholders, spaces in names, unknown helpers, unresolvable partials.',
    docsUrl: ruleDocsUrl('placeholder-syntax'),
    defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
    fixable: true,
    hasSuggestions: true,
  },
  check(template, context) {
    const dialect = dialectOf(template);
    if (!dialect.lint) return;
    const declared = Object.keys(declaredVariables(template, context.config));
    for (const issue of dialect.lint(template, declared)) {
      const { range } = issue;
      context.report({
        message: issue.message,
        range,
        fix: issue.fix === undefined ? undefined : { edits: [{ range, text: issue.fix }] },
        suggestions: issue.suggestions?.map((s) => ({ title: s.title, fix: { edits: [{ range, text: s.text }] } })),
      });
    }
  },
};
