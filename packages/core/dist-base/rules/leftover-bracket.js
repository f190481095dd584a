import { detectLeftoverBrackets } from '../detect/index.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
/** "[First Name]" → "firstName": a Handlebars variable name for the suggestion, if one fits. */
function variableName(inner) {
    const words = inner.split(/[^A-Za-z0-9]+/).filter(Boolean);
    if (words.length === 0 || words.length > 4 || !/^[A-Za-z]/.test(words[0]))
        return undefined;
    const [first, ...rest] = words.map((w) => w.toLowerCase());
    return first + rest.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}
function suggestionFor(match, range) {
    if (match.kind === 'xxx')
        return [];
    const name = variableName(match.text.slice(1, -1));
    if (name === undefined)
        return [];
    return [{ title: `Replace with {{${name}}}`, fix: { edits: [{ range, text: `{{${name}}}` }] } }];
}
/**
 * Placeholder leftovers sent literally: "[Name]", "<first name>", "{firstName}" (single
 * braces are not Handlebars), "%NAME%", "XXX". The customer would receive them as written.
 */
export const leftoverBracket = {
    meta: {
        id: 'leftover-bracket',
        description: 'A placeholder leftover ("[Name]", "{name}", "XXX") that would be sent literally.',
        docsUrl: ruleDocsUrl('leftover-bracket'),
        defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
        fixable: false,
        hasSuggestions: true,
    },
    check(template, context) {
        for (const match of detectLeftoverBrackets(template.body.masked)) {
            const range = documentRange(template, match);
            const hint = match.kind === 'xxx' ? 'fill in the real value' : 'use a Handlebars placeholder such as {{name}}';
            context.report({
                message: `"${match.text}" will be sent literally: ${hint}.`,
                range,
                suggestions: suggestionFor(match, range),
            });
        }
    },
};
//# sourceMappingURL=leftover-bracket.js.map