import { ruleDocsUrl } from './docs-url.js';
import { excerpt } from '../text/message-excerpt.js';
import { templateAnchor } from './template-location.js';
import type { Rule } from './types.js';

export const duplicateTemplateId: Rule = {
  meta: {
    id: 'duplicate-template-id',
    description: 'Two templates in one catalog have the same id.',
    docsUrl: ruleDocsUrl('duplicate-template-id'),
    defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
    fixable: false,
  },
  check() {
    // File-level only: see checkFile.
  },
  checkFile(file, context) {
    const first = new Map<string, number>();
    file.templates.forEach((template, index) => {
      const key = template.id.toLowerCase();
      const earlier = first.get(key);
      if (earlier === undefined) {
        first.set(key, index);
        return;
      }
      const original = file.templates[earlier];
      const line = file.text.slice(0, original.range.start).split(/\r\n|\r|\n/).length;
      context.report({
        message: `Duplicate template id "${excerpt(template.id, 48)}": rename one of the two. "${original.title}" (line ${line}) already uses it; tools pick templates by id, so one would be unreachable.`,
        range: templateAnchor(template),
      });
    });
  },
};
