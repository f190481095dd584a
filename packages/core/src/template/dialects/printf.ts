import { scanAll } from './scan-all.js';
import { renderNodes } from './node-render.js';
import { parseByPattern } from './pattern-body.js';
import type { Dialect, PlaceholderIssue } from './types.js';

/**
 * printf conversions (C, PHP sprintf, Java/Android String.format, Python %): `%s`, `%d`,
 * `%1$s`, `%05.2f`, `%%` for a literal "%". Variables are named by position ("1", "2", …),
 * explicit (`%2$s`) or in order, so `variables` can declare them: `"1": { "maxLength": 20 }`.
 */
const CONVERSION = /%%|%(?:(\d+)\$)?([-+ 0#']*)(\d+|\*)?(?:\.(\d+|\*))?(hh|h|ll|l|L|q|j|z|t)?([diouxXeEfFgGaAcs@])/g;

export const printf: Dialect = {
  id: 'printf',
  title: 'printf',
  docsAnchor: 'printf',
  placeholder: (name) => (/^\d+$/.test(name) ? `%${name}$s` : '%s'),
  parse: (input) => {
    let next = 0;
    return parseByPattern(input, CONVERSION, (match, range) => {
      if (match[0] === '%%') return { type: 'literal', value: '%' };
      const position = match[1] !== undefined ? Number(match[1]) : ++next;
      return { type: 'variable', name: String(position), escaped: true, range };
    });
  },
  // Only the unmistakable forms: `%s`, `%d`, `%1$s` next to a word boundary.
  scan: (masked) => scanAll(/(?<![\w%])%(?:\d+\$)?[sd](?!\w)/g, masked),
  render: renderNodes,
  lint: (template) => {
    const issues: PlaceholderIssue[] = [];
    const { nodes } = template.body;
    for (const node of nodes) {
      if (node.type !== 'variable') continue;
      const written = template.body.source.slice(node.range.start - template.body.range.start, node.range.end - template.body.range.start);
      // "50% off" reads as `% o` (space flag, octal): the customer gets a number instead.
      if (/^% /.test(written)) {
        issues.push({
          range: node.range,
          message: `"${written}" is a printf conversion, not a percent sign: write "%%" for a literal "%". It reads as a space flag and "${written.at(-1)}".`,
          fix: `%%${written.slice(1)}`,
        });
      }
    }
    return issues;
  },
};
