import { detectExcessivePunctuation } from '../detect/index.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import type { Rule } from './types.js';

/**
 * "!!!", "??" and "?!" read as spam to people and carrier filters; more than one emoji per
 * message does too. Repeated punctuation is fixed to its first mark (a warning); more than
 * one emoji is one info at the second (what they cost in UCS-2 is ucs2-character's).
 */
export const excessivePunctuation: Rule = {
  meta: {
    id: 'excessive-punctuation',
    description: 'Repeated punctuation ("!!!", "?!") or more than one emoji.',
    docsUrl: ruleDocsUrl('excessive-punctuation'),
    defaultSeverity: { support: 'warning', transactional: 'warning', marketing: 'warning' },
    fixable: true,
  },
  check(template, context) {
    const matches = detectExcessivePunctuation(template.body.masked);
    const emoji = matches.filter((m) => m.kind === 'emoji');
    for (const match of matches) {
      const range = documentRange(template, match);
      if (match.kind === 'repeated-punctuation') {
        const mark = [...match.text][0]!;
        context.report({
          message: `"${match.text}" reads as spam: use a single "${mark}".`,
          range,
          fix: { edits: [{ range, text: mark }] },
        });
      } else if (match === emoji[1]) {
        // One finding for the message, at the second emoji; what they cost is ucs2-character's.
        context.report({
          message: `${emoji.length} emoji in one message: keep at most one, they read as spam.`,
          range,
          advisory: true,
        });
      }
    }
  },
};
