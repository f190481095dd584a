import { ruleDocsUrl } from './docs-url.js';
import { mustacheTokens, scanMustaches } from './mustache-scan.js';
import { declaredVariables } from './variables.js';
/** Helpers smslint renders with (Handlebars built-ins only; no custom helpers run). */
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
const INLINE_HELPERS = new Set(['lookup', 'log']);
const normalise = (name) => name.toLowerCase().replace(/[_\-\s]/g, '');
export const placeholderSyntax = {
    meta: {
        id: 'placeholder-syntax',
        description: 'Suspicious or broken Handlebars: empty mustaches, spaces in names, unknown helpers, unresolvable partials.',
        docsUrl: ruleDocsUrl('placeholder-syntax'),
        defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
        fixable: true,
        hasSuggestions: true,
    },
    check(template, context) {
        const declared = Object.keys(declaredVariables(template, context.config));
        for (const mustache of scanMustaches(template.body.source, template.body.range.start)) {
            if (mustache.comment)
                continue;
            const inner = mustache.inner.replace(/^&/, '').trim();
            const range = mustache.range;
            const report = (r) => context.report({ ...r, range });
            if (inner === '') {
                report({ message: 'Empty placeholder: nothing between the braces, so nothing (or a parse error) is sent.' });
                continue;
            }
            const sigil = inner[0];
            if (sigil === '/' || sigil === '^' || inner === 'else' || inner.startsWith('else '))
                continue;
            if (sigil === '>') {
                const name = inner.slice(1).trim() || '(unnamed)';
                report({
                    message: `Partial "{{> ${name}}}" cannot be resolved: smslint has no partials, so what is sent and its segment count are unknown. Inline the text instead.`,
                });
                continue;
            }
            if (sigil === '#') {
                const helper = mustacheTokens(inner.slice(1))[0] ?? '';
                if (!BLOCK_HELPERS.has(helper.replace(/^\*/, ''))) {
                    report({
                        message: `Unknown block helper "#${helper}": only #if, #unless, #each and #with are available when templates are rendered.`,
                    });
                }
                continue;
            }
            const tokens = mustacheTokens(inner);
            if (tokens.length <= 1)
                continue;
            const [head, ...rest] = tokens;
            if (INLINE_HELPERS.has(head))
                continue;
            if (BLOCK_HELPERS.has(head)) {
                report({ message: `"{{${inner}}}" uses block helper "${head}" without "#": write {{#${inner}}}…{{/${head}}}.` });
                continue;
            }
            const joinedSnake = tokens.join('_');
            const joinedCamel = head + rest.map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join('');
            const match = declared.find((name) => normalise(name) === normalise(tokens.join('')));
            const open = mustache.triple ? '{{{' : '{{';
            const close = mustache.triple ? '}}}' : '}}';
            const replaceWith = (name) => ({ edits: [{ range, text: `${open}${name}${close}` }] });
            report({
                message: `"${open}${inner}${close}" has a space in the name: Handlebars reads it as helper "${head}" with argument${rest.length > 1 ? 's' : ''} ${rest.map((t) => `"${t}"`).join(', ')}, and there is no such helper.${match ? ` Did you mean the declared variable "${match}"?` : ''}`,
                // Only a declared variable makes the rename certain enough for --fix.
                fix: match ? replaceWith(match) : undefined,
                suggestions: match
                    ? undefined
                    : [
                        { title: `Rename to ${open}${joinedSnake}${close}`, fix: replaceWith(joinedSnake) },
                        { title: `Rename to ${open}${joinedCamel}${close}`, fix: replaceWith(joinedCamel) },
                    ],
            });
        }
    },
};
//# sourceMappingURL=placeholder-syntax.js.map