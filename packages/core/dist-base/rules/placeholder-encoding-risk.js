import { templateMaxCostUnder } from '../template/segment-range.js';
import { ruleDocsUrl } from './docs-url.js';
import { segmentRangeOptions } from './segment-options.js';
import { collectVariableUses, declaredVariables, specFor, variableRoot } from './variables.js';
/** Charsets whose values never leave GSM-7 (ascii: assumes no backtick, see docs). */
const GSM_SAFE = new Set(['gsm', 'digits', 'ascii']);
/** Spec assumed for an undeclared variable (as templateSegmentRange does). */
const UNDECLARED = { maxLength: 20, charset: 'unknown' };
export const placeholderEncodingRisk = {
    meta: {
        id: 'placeholder-encoding-risk',
        description: 'A variable without a declared GSM-safe charset can switch the message to UCS-2 at send time.',
        docsUrl: ruleDocsUrl('placeholder-encoding-risk'),
        defaultSeverity: { support: 'info', transactional: 'warning', marketing: 'warning' },
        fixable: false,
    },
    check(template, context) {
        const declared = declaredVariables(template, context.config);
        const risky = new Map();
        for (const use of collectVariableUses(template.body.nodes)) {
            if (!use.rendered || use.scoped || !variableRoot(use.name) || /\s/.test(use.name.trim()))
                continue;
            const spec = specFor(use.name, declared) ?? UNDECLARED;
            if (spec.charset && GSM_SAFE.has(spec.charset))
                continue;
            if (!risky.has(use.name))
                risky.set(use.name, { range: use.range, spec });
        }
        if (risky.size === 0)
            return;
        // The maximum with the given variables declared (by their exact names in the body).
        const maxCostWith = templateMaxCostUnder(template, segmentRangeOptions(context.config));
        const allGsm = { ...declared };
        for (const [name, { spec }] of risky)
            allGsm[name] = { ...spec, charset: 'gsm' };
        const safe = maxCostWith(allGsm);
        // Literal text already forces UCS-2: a value cannot make it worse (ucs2-character reports it).
        if (safe.encoding !== 'GSM-7')
            return;
        for (const [name, { range, spec }] of risky) {
            // Every other risky variable GSM, this one free to hold any character.
            const variables = { ...allGsm };
            variables[name] = { ...spec, charset: 'ucs2' };
            const flipped = maxCostWith(variables);
            const cost = flipped.segments - safe.segments;
            const declaredAs = spec === UNDECLARED ? 'is not declared' : `has charset "${spec.charset ?? 'unknown'}"`;
            context.report({
                message: `{{${name}}} ${declaredAs}: one non-GSM character in its value (an accent like "ó", a curly quote, an emoji) switches the whole message to UCS-2 — ` +
                    `${safe.segments} → ${flipped.segments} segment${flipped.segments === 1 ? '' : 's'} worst case` +
                    `${cost > 0 ? ` (+${cost})` : ' (no extra segment at this length, but 70 instead of 160 characters per segment)'}. ` +
                    `Declare \`charset: gsm\` (or digits/ascii) if its values are always GSM, or clean values before sending.`,
                range,
            });
        }
    },
};
//# sourceMappingURL=placeholder-encoding-risk.js.map