import { scanAll } from './scan-all.js';
import { renderNodes } from './node-render.js';
import { parseByPattern } from './pattern-body.js';
import type { Dialect, PlaceholderIssue } from './types.js';

/**
 * Rails / Ruby I18n interpolation: `%{name}` and the formatted `%<name>s` (`%<total>.2f`),
 * `%%` for a literal "%". The pattern is I18n's own INTERPOLATION_PATTERN (ruby-i18n,
 * lib/i18n/interpolate/ruby.rb), so what smslint reads is what `I18n.t` replaces.
 */
const PATTERN = /%%|%\{([\w|]+)\}|%<(\w+)>([^\d]*?\d*\.?\d*[bBdiouxXeEfgGcps])/g;

export const rails: Dialect = {
  id: 'rails',
  title: 'Rails (Ruby I18n)',
  docsAnchor: 'rails-ruby-i18n',
  placeholder: (name) => `%{${name}}`,
  parse: (input) =>
    parseByPattern(input, PATTERN, (match, range) => {
      if (match[0] === '%%') return { type: 'literal', value: '%' };
      return { type: 'variable', name: match[1] ?? match[2], escaped: true, range };
    }),
  scan: (masked) => scanAll(/%\{\w+\}|%<\w+>[-+ 0#]*\d*(?:\.\d+)?[bBdiouxXeEfgGcps]/g, masked),
  render: renderNodes,
  lint: (template) => {
    const issues: PlaceholderIssue[] = [];
    const { masked, range } = template.body;
    // `%{first name}`, `%{}`: I18n leaves these as written, so the customer reads them.
    for (const match of masked.matchAll(/%\{([^{}\n]*)\}/g)) {
      const inner = match[1];
      if (/^[\w|]+$/.test(inner)) continue;
      const start = range.start + match.index;
      const name = inner.trim().split(/\W+/).filter(Boolean).join('_');
      issues.push({
        range: { start, end: start + match[0].length },
        message: `"${match[0]}" is not a Rails placeholder: use only letters, digits and "_" in the name. It is sent as written.`,
        suggestions: name ? [{ title: `Rename to %{${name}}`, text: `%{${name}}` }] : undefined,
      });
    }
    return issues;
  },
};
