import { dialectOf } from '../template/dialects/registry.js';
import { ruleDocsUrl } from './docs-url.js';
import { checkablePlaceholders, describeFlip, encodingFlips, flipCost } from './encoding-flip.js';
import { excerpt } from '../text/message-excerpt.js';
import { placeholderFacts } from './placeholder-facts.js';
import type { Rule } from './types.js';

/**
 * A declared placeholder whose declaration allows non-GSM characters (charset `unknown` or
 * `ucs2`, or a `name`/`text` type without a charset) can switch the message to UCS-2.
 * Undeclared placeholders are undeclared-variable's: one finding per placeholder.
 */
export const placeholderEncodingRisk: Rule = {
  meta: {
    id: 'placeholder-encoding-risk',
    description: 'A declared variable whose charset allows non-GSM characters can switch the message to UCS-2 at send time.',
    docsUrl: ruleDocsUrl('placeholder-encoding-risk'),
    defaultSeverity: { support: 'info', transactional: 'warning', marketing: 'warning' },
    fixable: false,
  },
  check(template, context) {
    const facts = placeholderFacts(template, context.config);
    const risky = checkablePlaceholders(facts.placeholders).filter((fact) => fact.declared && !fact.gsmSafe);
    const flips = encodingFlips(template, context.config, risky);
    if (!flips) return; // literal text already forces UCS-2 (ucs2-character reports it)
    for (const fact of risky) {
      const flip = flips.get(fact.name);
      if (!flip) continue;
      const declaredAs = fact.type && fact.source === 'declared' && fact.spec.charset === 'unknown' ? `is declared as a ${fact.type}` : `has charset "${fact.spec.charset}"`;
      context.report({
        message:
          `${dialectOf(template).placeholder(excerpt(fact.name, 28))} can switch the message to UCS-2 ${flipCost(flip)}: declare \`charset: gsm\` or clean its values. ` +
          `It ${declaredAs}: one non-GSM character in its value (an accent like "ó", a curly quote, an emoji) switches the whole message to UCS-2 — ` +
          `${describeFlip(flip)}. Declare \`charset: gsm\` (or digits/ascii) if its values are always GSM, or clean values before sending.`,
        range: fact.range,
        ...(flip.flipped.segments > flip.safe.segments ? {} : { advisory: true }),
      });
    }
  },
};
