import { ruleDocsUrl } from './docs-url.js';
import { declareVariableFix } from './declare-variable-fix.js';
import { checkablePlaceholders, describeFlip, encodingFlips, flipCost } from './encoding-flip.js';
import { excerpt } from '../text/message-excerpt.js';
import { placeholderFacts, type PlaceholderFact } from './placeholder-facts.js';
import type { Rule, Suggestion } from './types.js';

const SOURCE_WORDS = { declared: 'declared', name: 'its name', context: 'the words before it', sample: 'its sample' } as const;

function inferredAs(fact: PlaceholderFact): string {
  return fact.type && fact.source ? `looks like a ${fact.type} (from ${SOURCE_WORDS[fact.source]})` : 'has no type';
}

/**
 * One finding per undeclared placeholder that is a risk: the ones whose type (inferred from
 * the name, the words before it or a sample) says their values stay GSM-7 (links, phone
 * numbers, codes, ids, amounts, dates) raise nothing. The finding says what the placeholder
 * risks (encoding, length) and suggests a declaration with the inferred type.
 */
export const undeclaredVariable: Rule = {
  meta: {
    id: 'undeclared-variable',
    description: 'An undeclared placeholder whose values may switch the message to UCS-2 or make it longer than counted.',
    docsUrl: ruleDocsUrl('undeclared-variable'),
    defaultSeverity: { support: 'info', transactional: 'warning', marketing: 'warning' },
    fixable: false,
    hasSuggestions: true,
  },
  check(template, context) {
    const facts = placeholderFacts(template, context.config);
    const risky = checkablePlaceholders(facts.placeholders).filter((fact) => !fact.declared && !fact.gsmSafe);
    if (risky.length === 0) return;
    const flips = encodingFlips(template, context.config, risky);
    for (const fact of risky) {
      const flip = flips?.get(fact.name);
      const type = fact.type ?? 'text';
      // Problem and fix first (what a terminal row shows), then what the type and the risk are.
      const shown = `{{${excerpt(fact.name, 28)}}}`;
      const lead = flip
        ? `${shown} is undeclared and can switch the message to UCS-2 ${flipCost(flip)}: declare it`
        : `${shown} is undeclared, so it is counted as up to ${fact.spec.maxLength} characters of any text: declare it`;
      const risk = flip
        ? `One non-GSM character in its value (an accent like "ó", a curly quote, an emoji) switches the whole message to UCS-2: ${describeFlip(flip)}.`
        : '';
      const suggestions: Suggestion[] = [];
      const gsm = declareVariableFix(context.file, template, fact.name, { type, charset: 'gsm' });
      if (gsm) suggestions.push({ title: `Declare {{${fact.name}}} as a ${type} with GSM-7 values only`, fix: gsm });
      const plain = declareVariableFix(context.file, template, fact.name, { type });
      if (plain) suggestions.push({ title: `Declare {{${fact.name}}} as a ${type}`, fix: plain });
      const extra = flip ? flip.flipped.segments - flip.safe.segments : 0;
      context.report({
        message:
          `${lead}. It ${inferredAs(fact)}; declare \`type\`, \`maxLength\` and \`charset: gsm\` if its values are cleaned to GSM-7.` +
          (risk ? ` ${risk}` : ''),
        range: fact.range,
        ...(extra > 0 ? {} : { advisory: true }),
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
};
