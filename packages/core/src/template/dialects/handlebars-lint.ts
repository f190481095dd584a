import type { Template } from '../types.js';
import { excerpt } from '../../text/message-excerpt.js';
import { mustacheTokens, scanMustaches } from './mustache-scan.js';
import type { PlaceholderIssue } from './types.js';

/** Helpers smslint renders with (Handlebars built-ins only; no custom helpers run). */
const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
const INLINE_HELPERS = new Set(['lookup', 'log']);
/** A Mustache section's name: one path, no arguments (`{{#fields.name}}`). */
const SECTION = /^[A-Za-z_$][\w$-]*(?:\.[A-Za-z_$][\w$-]*)*$/;

const normalise = (name: string) => name.toLowerCase().replace(/[_\-\s]/g, '');

/** Mustaches written in another dialect that also uses `{{ }}`, and the setting that reads them. */
const OTHER_DIALECTS: ReadonlyArray<{ test: RegExp; syntax: string; setting: string }> = [
  // Go: `{{ .Name }}`, `{{if .X}}`, `{{range .Items}}` (`{{end}}` alone is a fine Handlebars name).
  { test: /^(?:-\s)?(?:\.[A-Za-z_]|\$\.|(?:if|range|with|else if)\s+\.)/, syntax: 'a Go template action', setting: '"go"' },
  // Liquid and Jinja filters: `{{ name | upcase }}`.
  { test: /^[\w.$]+\s*\|\s*\w+/, syntax: 'a Liquid or Jinja filter', setting: '"liquid" or "jinja"' },
];

/**
 * Suspicious or broken Handlebars, mustache by mustache (parses or not): empty mustaches,
 * spaces in names, unknown block helpers, block helpers without "#", partials.
 */
export function lintHandlebars(template: Template, declared: readonly string[]): PlaceholderIssue[] {
  const issues: PlaceholderIssue[] = [];
  for (const mustache of scanMustaches(template.body.source, template.body.range.start)) {
    if (mustache.comment) continue;
    const inner = mustache.inner.replace(/^&/, '').trim();
    const range = mustache.range;
    const report = (issue: Omit<PlaceholderIssue, 'range'>) => issues.push({ ...issue, range });

    if (inner === '') {
      report({ message: 'Empty placeholder: nothing between the braces, so nothing (or a parse error) is sent.' });
      continue;
    }
    const other = OTHER_DIALECTS.find((dialect) => dialect.test.test(inner));
    if (other) {
      report({ message: `"${excerpt(`{{${inner}}}`, 28)}" is ${other.syntax}: set "placeholders" to ${other.setting}. Handlebars does not render it as meant; if the file uses that syntax, set "placeholders" in config, overrides or front matter.` });
      continue;
    }
    const sigil = inner[0];
    if (sigil === '/' || sigil === '^' || inner === 'else' || inner.startsWith('else ')) continue;
    if (sigil === '>') {
      const name = inner.slice(1).trim() || '(unnamed)';
      report({
        message: `Partial "{{> ${excerpt(name)}}}" cannot be resolved: inline the text instead. smslint has no partials, so what is sent and its segment count are unknown.`,
      });
      continue;
    }
    if (sigil === '#') {
      const tokens = mustacheTokens(inner.slice(1));
      const helper = tokens[0] ?? '';
      // `{{#fields.name}}…{{/fields.name}}` alone is a Mustache section, not a helper call.
      const section = tokens.length === 1 && SECTION.test(helper);
      if (!section && !BLOCK_HELPERS.has(helper.replace(/^\*/, ''))) {
        report({
          message: `Unknown block helper "#${excerpt(helper)}": use #if, #unless, #each or #with. Only those are available when templates are rendered.`,
        });
      }
      continue;
    }
    const tokens = mustacheTokens(inner);
    if (tokens.length <= 1) continue;
    const [head, ...rest] = tokens;
    if (INLINE_HELPERS.has(head)) continue;
    if (BLOCK_HELPERS.has(head)) {
      report({ message: `"{{${inner}}}" uses block helper "${head}" without "#": write {{#${inner}}}…{{/${head}}}.` });
      continue;
    }
    const joinedSnake = tokens.join('_');
    const joinedCamel = head + rest.map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join('');
    const match = declared.find((name) => normalise(name) === normalise(tokens.join('')));
    const open = mustache.triple ? '{{{' : '{{';
    const close = mustache.triple ? '}}}' : '}}';
    report({
      message:
        `"${excerpt(`${open}${inner}${close}`)}" has a space in the name: ${match ? `write ${open}${match}${close}, the declared variable` : 'remove the space'}. ` +
        `Handlebars reads it as helper "${head}" with argument${rest.length > 1 ? 's' : ''} ${rest.map((t) => `"${t}"`).join(', ')}, and there is no such helper.`,
      // Only a declared variable makes the rename certain enough for --fix.
      fix: match ? `${open}${match}${close}` : undefined,
      suggestions: match
        ? undefined
        : [
            { title: `Rename to ${open}${joinedSnake}${close}`, text: `${open}${joinedSnake}${close}` },
            { title: `Rename to ${open}${joinedCamel}${close}`, text: `${open}${joinedCamel}${close}` },
          ],
    });
  }
  return issues;
}
