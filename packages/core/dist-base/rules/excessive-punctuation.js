import { detectExcessivePunctuation } from '../detect/index.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
/**
 * "!!!", "??" and "?!" read as spam to people and carrier filters; more than one emoji per
 * message does too, and every emoji forces UCS-2 (sms-facts.md §1). Repeated punctuation is
 * fixed to its first mark; each emoji after the first is reported.
 */
export const excessivePunctuation = {
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
                const mark = [...match.text][0];
                context.report({
                    message: `"${match.text}" reads as spam: use a single "${mark}".`,
                    range,
                    fix: { edits: [{ range, text: mark }] },
                });
            }
            else if (match !== emoji[0]) {
                context.report({
                    message: `${emoji.length} emoji in one message: keep at most one (emoji read as spam and force UCS-2, 70 characters per segment).`,
                    range,
                });
            }
        }
    },
};
//# sourceMappingURL=excessive-punctuation.js.map