import { scanAll } from './scan-all.js';
import { renderNodes } from './node-render.js';
import { parseByPattern } from './pattern-body.js';
import type { Dialect } from './types.js';

/**
 * GOV.UK Notify: `((name))` and the optional content `((name??text))`, shown only when the
 * personalisation value is "yes"/true. The pattern follows notifications-utils
 * (field.py `placeholder_pattern`): no parentheses or "?" in names, none in the text.
 */
const PATTERN = /\(\(([^()?]+)(\?\?)?([^()]*)\)\)/g;

export const notify: Dialect = {
  id: 'notify',
  title: 'GOV.UK Notify',
  docsAnchor: 'notify',
  placeholder: (name) => `((${name}))`,
  parse: (input) =>
    parseByPattern(input, PATTERN, (match, range) => {
      const name = match[1].trim();
      if (match[2] === undefined) return { type: 'variable', name, escaped: true, range };
      const textStart = range.start + 2 + match[1].length + 2;
      const shown = match[3];
      return {
        type: 'block',
        helper: 'if',
        params: [name],
        tag: `((${name}??))`,
        range,
        program: shown === '' ? [] : [{ type: 'text', value: shown.replace(/\r\n?/g, '\n'), range: { start: textStart, end: textStart + shown.length } }],
        inverse: null,
      };
    }),
  scan: (masked) => scanAll(/\(\([^()?\n]+(?:\?\?[^()\n]*)?\)\)/g, masked),
  render: renderNodes,
};
