import { ruleDocsUrl } from './docs-url.js';
import { collectVariableUses, declaredVariables, specFor, variableRoot } from './variables.js';
export const undeclaredVariable = {
    meta: {
        id: 'undeclared-variable',
        description: 'A variable is used but not declared in `variables`.',
        docsUrl: ruleDocsUrl('undeclared-variable'),
        defaultSeverity: { support: 'info', transactional: 'info', marketing: 'info' },
        fixable: false,
    },
    check(template, context) {
        const declared = declaredVariables(template, context.config);
        const reported = new Set();
        for (const use of collectVariableUses(template.body.nodes)) {
            if (!use.rendered)
                continue; // a condition ({{#if x}}) is never sent: nothing to size
            if (use.scoped)
                continue; // relative to an {{#each}}/{{#with}} item: unknowable here
            if (/\s/.test(use.name.trim()))
                continue; // `{{first name}}`: placeholder-syntax reports it
            const root = variableRoot(use.name);
            if (!root || specFor(use.name, declared) || reported.has(use.name))
                continue;
            reported.add(use.name);
            context.report({
                message: `Variable "${use.name}" is not declared: declare it in \`variables\` (maxLength, charset) so segment counts and encoding are exact.`,
                range: use.range,
            });
        }
    },
};
//# sourceMappingURL=undeclared-variable.js.map