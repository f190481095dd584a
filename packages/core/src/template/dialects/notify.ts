import { scanAll } from './scan-all.js';
import { renderNodes } from './node-render.js';
import { parseByPattern } from './pattern-body.js';
import type { Dialect } from './types.js';

/**
 * GOV.UK Notify (and its forks, Notify.gov, Notify NL): `((name))` and the optional content
 * `((name??text))`, shown only when the value is "yes"/true. As in notifications-utils
 * (field.py): a placeholder is "((", anything but parentheses, "))"; the name is what comes
 * before the first "??" and the optional text everything after it.
 */
const PATTERN = /\(\(([^()]+)\)\)/g;

export const notify: Dialect = {
  id: 'notify',
  title: 'GOV.UK Notify',
  docsAnchor: 'govuk-notify',
  placeholder: (name) => `((${name}))`,
  parse: (input) =>
    parseByPattern(input, PATTERN, (match, range) => {
      const body = match[1];
      const split = body.indexOf('??');
      const name = (split === -1 ? body : body.slice(0, split)).trim();
      if (split === -1) return { type: 'variable', name, escaped: true, range };
      const textStart = range.start + 2 + split + 2;
      const shown = body.slice(split + 2);
      return {
        type: 'block',
        helper: 'if',
        params: [name],
        // notifications-utils' str2bool: these values (any case) show the text.
        when: 'yes|y|true|t|1|include|show',
        tag: `((${name}??))`,
        range,
        program: shown === '' ? [] : [{ type: 'text', value: shown.replace(/\r\n?/g, '\n'), range: { start: textStart, end: textStart + shown.length } }],
        inverse: null,
      };
    }),
  scan: (masked) => scanAll(/\(\([^()\n]+\)\)/g, masked),
  render: renderNodes,
};
