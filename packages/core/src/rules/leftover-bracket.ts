import { detectLeftoverBrackets } from '../detect/index.js';
import type { LeftoverBracketMatch } from '../detect/types.js';
import { DIALECTS, dialectOf } from '../template/dialects/registry.js';
import type { Dialect } from '../template/dialects/types.js';
import { foreignPlaceholders, type ForeignPlaceholder } from '../template/foreign-placeholders.js';
import { documentRange } from './content-context.js';
import { ruleDocsUrl } from './docs-url.js';
import { excerpt } from '../text/message-excerpt.js';
import type { Rule, Suggestion } from './types.js';

/** "[First Name]" → "firstName": a variable name for the suggestion, if one fits. */
function variableName(inner: string): string | undefined {
  const words = inner.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0 || words.length > 4 || !/^[A-Za-z]/.test(words[0]!)) return undefined;
  const [first, ...rest] = words.map((w) => w.toLowerCase());
  return first + rest.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function suggestionFor(match: LeftoverBracketMatch, range: { start: number; end: number }, dialect: Dialect): Suggestion[] {
  if (match.kind === 'xxx') return [];
  const name = variableName(match.text.slice(1, -1));
  if (name === undefined) return [];
  const written = dialect.placeholder(name);
  return [{ title: `Replace with ${written}`, fix: { edits: [{ range, text: written }] } }];
}

/** "…set "placeholders": "rails" (or "liquid")…" for a construct other dialects read. */
function foreignMessage(found: ForeignPlaceholder, own: Dialect): string {
  const shown = excerpt(found.text, 24);
  if (found.dialects.length === 0) {
    return `"${shown}" will be sent as written: use a ${own.title} placeholder such as ${own.placeholder('name')}. It is a ${found.syntax} placeholder, which smslint does not read.`;
  }
  const titles = found.dialects.map((id) => DIALECTS[id].title).join(' or ');
  const settings = found.dialects.map((id) => `"${id}"`).join(' or ');
  return `"${shown}" is ${titles} syntax: if the file uses it, set "placeholders" to ${settings}. This template's placeholders are ${own.title}, so it will be sent as written (set "placeholders" in config, overrides or front matter).`;
}

/**
 * Placeholder leftovers sent literally: "[Name]", "<first name>", "{firstName}", "%NAME%",
 * "XXX", and placeholders of another dialect than the template's ("%{name}" in a
 * Handlebars file, "((name))", "${name}"), each reported once with a hint.
 */
export const leftoverBracket: Rule = {
  meta: {
    id: 'leftover-bracket',
    description: 'A placeholder leftover ("[Name]", "{name}", "XXX") or another dialect\'s placeholder that would be sent literally.',
    docsUrl: ruleDocsUrl('leftover-bracket'),
    defaultSeverity: { support: 'error', transactional: 'error', marketing: 'error' },
    fixable: false,
    hasSuggestions: true,
  },
  check(template, context) {
    const dialect = dialectOf(template);
    const foreign = foreignPlaceholders(template, dialect);
    for (const found of foreign) context.report({ message: foreignMessage(found, dialect), range: { start: found.start, end: found.end } });
    for (const match of detectLeftoverBrackets(template.body.masked)) {
      const range = documentRange(template, match);
      if (foreign.some((found) => found.start < range.end && range.start < found.end)) continue;
      const hint = match.kind === 'xxx' ? 'fill in the real value' : `use a ${dialect.title} placeholder such as ${dialect.placeholder('name')}`;
      const icu = match.kind === 'single-brace' && dialect.id !== 'icu' ? ' If single braces are this file\'s placeholders, set "placeholders": "icu".' : '';
      context.report({
        message: `"${excerpt(match.text, 28)}" will be sent literally: ${hint}.${icu}`,
        range,
        suggestions: suggestionFor(match, range, dialect),
      });
    }
  },
};
