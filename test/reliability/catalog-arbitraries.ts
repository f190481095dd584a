/**
 * fast-check generators for realistic-ish smslint input: catalogs with front matter,
 * headings, metadata comments, Handlebars bodies with placeholders and blocks, emoji,
 * curly quotes, text speak, links, phones, inline directives, broken pieces, and every
 * line-ending style; plus configs (valid and wrong-typed) for `validateConfig`.
 */
import fc from 'fast-check';

/** Words and fragments bodies are built from: plain GSM, traps, and characters that force UCS-2. */
const WORDS = [
  'Hi', 'Thanks', 'your', 'order', 'has', 'shipped', 'Northwind:', 'we', 'are', 'on', 'it', 'today',
  'u', 'pls', 'thx', 'gr8', 'b4', 'LOL', 'URGENT', 'FREE', 'NOW!!!', 'U.S.', 'R&D', '3 PM',
  'Reply STOP to opt out.', 'Reply HELP for help.', 'Msg & data rates may apply.', 'Reply YES',
  'Call (888) 412-7730', '+1 555-0100', 'or reply AGENT', 'visit https://example.com/a?b=1',
  'bit.ly/x', 'www.acme.co', 'help@acme.com', 'We\u2019re', '\u201cquoted\u201d', '\u2026', '\u2014',
  'caf\u00e9', 'e\u0301', '\u{1F600}', '\u{1F44D}\u{1F3FD}', '\u{1F1FA}\u{1F1F8}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
  '\u20ac5', '[x]', '{braces}', '~', '^', '|', '\\', '\u00a0', '\t', '**bold**', '# not a heading', '>',
  'Sussex', 'smoke detector', 'bus stop', 'CANCEL to cancel your appointment',
];

const VARIABLES = ['name', 'firstName', 'orderId', 'customer.firstName', 'this.code', 'trackingUrl', 'msg', 'u'];

const variable = fc.constantFrom(...VARIABLES);

/** A Handlebars fragment: mostly valid, sometimes broken on purpose. */
const mustache: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: variable.map((v) => `{{${v}}}`) },
  { weight: 2, arbitrary: variable.map((v) => `{{{${v}}}}`) },
  { weight: 2, arbitrary: fc.tuple(variable, fc.constantFrom('if', 'unless', 'with', 'each')).map(([v, h]) => `{{#${h} ${v}}}yes{{else}}no{{/${h}}}`) },
  { weight: 1, arbitrary: fc.constant('{{> footer}}') },
  { weight: 1, arbitrary: fc.constantFrom('{{! a comment }}', '{{!-- smslint-disable-line text-speak --}}', '{{! smslint-enable }}') },
  // Broken on purpose: placeholder-syntax / handlebars-syntax problems.
  { weight: 2, arbitrary: fc.constantFrom('{{order id}}', '{{', '}}', '{{#if x}}open', '{{/if}}', '{{name}', '{name}}', '{{{x}}', '{{#each}}{{/each}}', '{{lookup this "constructor"}}') },
);

/** Arbitrary UTF-16, lone surrogates included (fast-check's string units are code units). */
const rawNoise = fc.string({ unit: 'binary', maxLength: 12 });

const bodyToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: mustache },
  { weight: 1, arbitrary: rawNoise },
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDC00', '\u0000', '\uFEFF', '\uFFFC', '\u200B') },
);

const bodyLine = fc.array(bodyToken, { minLength: 0, maxLength: 14 }).map((tokens) => tokens.join(' '));

const directiveLine = fc.constantFrom(
  '<!-- smslint-disable text-speak -->',
  '<!-- smslint-enable -->',
  '<!-- smslint-disable-next-line ucs2-character -->',
  '<!-- smslint-disable no-such-rule -->',
  '<!-- smslint-disable -->',
);

const body = fc
  .array(fc.oneof({ weight: 8, arbitrary: bodyLine }, { weight: 1, arbitrary: directiveLine }), { minLength: 0, maxLength: 6 })
  .map((lines) => lines.join('\n'));

const title = fc.oneof(
  fc.constantFrom('Order shipped', 'Refund', 'Callback offer', 'Order shipped (EU)', 'Caf\u00e9 hours', 'Welcome \u{1F44B}', ''),
  fc.string({ maxLength: 10 }).map((s) => s.replace(/[\r\n]/g, ' ')),
);

const metadataComment = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    '<!-- smslint: kind=transactional maxSegments=1 -->\n',
    '<!-- smslint: kind=marketing sendWindow=09:00-20:00 -->\n',
    '<!-- smslint: maxSegments=zero -->\n',
    '<!-- smslint\nvariables:\n  name: { maxLength: 12, charset: gsm, sample: Ana }\n-->\n',
    '<!-- smslint\nvariables: [unclosed\n-->\n',
    '<!-- smslint: variables.code.maxLength=6 -->\n',
  ),
);

const template = fc
  .tuple(title, metadataComment, body)
  .map(([t, meta, b]) => `## ${t}\n${meta}\n${b}\n`);

/** Front matter: valid, wrong-typed, malformed, unterminated, alias bombs, or none. */
export const frontMatter: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  {
    weight: 4,
    arbitrary: fc
      .record({
        brand: fc.constantFrom('Northwind', 'Acme', ''),
        kind: fc.constantFrom('support', 'transactional', 'marketing', 'bogus'),
        maxSegments: fc.constantFrom(1, 2, 3, 0, -1, 'two'),
      })
      .map(
        (m) =>
          `---\nbrand: ${m.brand}\nkind: ${m.kind}\nmaxSegments: ${m.maxSegments}\nvariables:\n  name: { maxLength: 20, charset: gsm, sample: "Sam" }\n  orderId: { maxLength: 10, charset: digits }\n---\n`,
      ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '---\nbrand: [unclosed\n---\n',
      '---\nbrand: Acme\n', // unterminated
      '---\n- a list\n- not a map\n---\n',
      '---\nbrand: A\nbrand: B\n---\n',
      '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n---\n',
      '---\nvariables:\n  name: { maxLength: -4, charset: klingon }\n---\n',
    ),
  },
);

const preamble = fc.constantFrom('', '# Support replies\n\nDocumentation, never sent.\n\n', '# Title\n\n```\n## not a template\n```\n\n');

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed';

export function withLineEndings(text: string, style: LineEnding, seed = 0): string {
  if (style === 'lf') return text;
  if (style === 'crlf') return text.replace(/\n/g, '\r\n');
  if (style === 'cr') return text.replace(/\n/g, '\r');
  let i = seed;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][i++ % 3]);
}

/** A whole catalog (`*.sms.md`) as text. */
export const catalogText: fc.Arbitrary<string> = fc
  .tuple(
    frontMatter,
    preamble,
    fc.array(template, { minLength: 0, maxLength: 5 }),
    fc.constantFrom<LineEnding>('lf', 'lf', 'crlf', 'cr', 'mixed'),
    fc.nat(2),
    fc.boolean(),
  )
  .map(([front, pre, templates, eol, seed, bom]) => (bom ? '\uFEFF' : '') + withLineEndings(front + pre + templates.join('\n'), eol, seed));

/** A single-template file (`*.sms`) as text. */
export const singleText: fc.Arbitrary<string> = fc
  .tuple(frontMatter, body, fc.constantFrom<LineEnding>('lf', 'crlf', 'cr', 'mixed'))
  .map(([front, b, eol]) => withLineEndings(front + b + '\n', eol));

/** Any document: catalogs, single files, or arbitrary UTF-16 (lone surrogates included). */
export const documentText: fc.Arbitrary<{ text: string; filePath: string }> = fc.oneof(
  { weight: 5, arbitrary: catalogText.map((text) => ({ text, filePath: 'replies.sms.md' })) },
  { weight: 2, arbitrary: singleText.map((text) => ({ text, filePath: 'reply.sms' })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }).map((text) => ({ text, filePath: 'noise.sms.md' })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }).map((text) => ({ text, filePath: 'noise.sms' })) },
);

const severity = fc.constantFrom('off', 'info', 'warn', 'error');

/** A config as JSON might hold it: mostly valid, sometimes with wrong types or unknown keys. */
export function configValue(ruleIds: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const ruleId = fc.constantFrom(...ruleIds, 'no-such-rule');
  return fc.record(
    {
      rules: fc.dictionary(ruleId, fc.oneof(severity, fc.constantFrom(2, true, null, ['warn', { max: 1 }], ['loud']))),
      kind: fc.constantFrom('support', 'transactional', 'marketing', 42),
      region: fc.constantFrom('us', 'us-strict', 'ca', 'uk-eu', 'mars'),
      brand: fc.constantFrom('Northwind', 'Acme', '', 7),
      maxSegments: fc.constantFrom(1, 2, 10, 0, 'many'),
      shiftTables: fc.constantFrom(['es'], ['tr', 'pt'], [], 'es'),
      graphemes: fc.constantFrom('keep', 'split', 'sometimes'),
      textSpeak: fc.constantFrom({ allow: ['LOL'] }, { extra: { asap: 'as soon as possible' } }, { allow: 'LOL' }),
      variables: fc.constantFrom({ name: { maxLength: 12, charset: 'gsm' } }, { name: { maxLength: 'long' } }),
      unknownKey: fc.constant(true),
    },
    { requiredKeys: [] },
  );
}
