import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBody } from '../../../packages/core/src/template/body.js';
import { handlebars } from '../../../packages/core/src/template/dialects/handlebars.js';
import { parseHandlebarsBody } from '../../../packages/core/src/template/dialects/handlebars-parse.js';
import { parseHandlebarsSubset } from '../../../packages/core/src/template/dialects/handlebars-subset.js';
import { lineStartsOf } from '../../../packages/core/src/template/lines.js';
import { scanSmslintCommentLines } from '../../../packages/core/src/template/smslint-comments.js';

/** What a body reads as, through the subset parser when it applies, or always through Handlebars. */
const built = (text: string, start: number, end: number, useSubsetParser: boolean) =>
  buildBody(text, start, end, scanSmslintCommentLines(text, start, end).comments, useSubsetParser ? handlebars : handlebarsLibraryOnly);

/** The Handlebars dialect without the subset fast path. */
const handlebarsLibraryOnly = { ...handlebars, parse: (input: Parameters<typeof handlebars.parse>[0]) => parseHandlebarsBody(input, false) };

const subset = (source: string) => parseHandlebarsSubset(source, lineStartsOf(source));

const NAMES = ['name', 'customer.firstName', 'order_id', 'x-y', '$x', 'a', 'if', 'each', 'elsewhere', 'asx'];
/** Names Handlebars reads differently, or not at all. */
const ODD_NAMES = ['else', 'this', 'true', 'null', 'as', '1a', 'a.1', 'a/b', '@index', '..', 'a..b', 'a.', 'é', '[x]', 'a:b'];
/** Spacing inside a tag. */
const GAPS = ['', '', ' ', '  '];
const ODD_GAPS = ['\t', '\n', '\u00a0'];
const TEXT = [
  'Hi ', 'there', 'Reply STOP to opt out.', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', ' \n', '\n  ', '  \r\n', '\n\t \n',
  '}', '-', '~', '\u{1F600}', 'caf\u00e9', '\u00a0',
  '<!-- smslint-disable text-speak -->\n', '\n<!-- smslint-enable -->\n',
];
/** Text that changes how Handlebars reads what follows (escapes, stray braces) or counts columns. */
const ODD_TEXT = ['}}', '{', '\\', 'x\\', '\u2028', '\0'];
const COMMENTS = [
  '{{! note }}', '{{!}}', '{{! smslint-disable-line text-speak }}', '{{!-- smslint-disable text-speak --}}',
  '{{!-- a }} b --}}', '{{!--\nmulti\r\nline --}}', '{{! a\nb }}', '{{!----}}', '{{!-- a ---}}',
];
/** Refused by the subset: dashes or "~" Handlebars strips, an opener that is also a closer, no closer. */
const ODD_COMMENTS = ['{{!--}}', '{{!---}}', '{{!- x}}', '{{! x-}}', '{{! x~}}', '{{~! x}}', '{{!-- x --~}}', '{{!-- open'];
const ELSES = ['{{else}}', '{{ else }}', '\n{{else}}\n', '  {{else}}  \n', '\r\n{{else}}\r\n', '\n\n{{else}}'];
/** Outside the subset (each goes to Handlebars, valid or not). */
const OTHER = [
  '{{else}}', '{{^}}', '{{> footer}}', '{{x a=b}}', '{{x "s"}}', '{{x 1}}', '{{x (y z)}}', '{{~x}}', '{{x~}}',
  '{{&x}}', '\\{{x}}', '\\\\{{x}}', '{{{{raw}}}}x{{{{/raw}}}}', '{{x}}}', '{{#x}}', '{{/x}}', '{{}}', '{{', '}}',
  '{{#*inline "a"}}b{{/inline}}', '{{#each xs as |x|}}{{x}}{{/each}}', '{{x.[y]}}', '{{@index}}', '{{this}}',
  '{{#if x}}a{{else if y}}b{{/if}}', '{{#if x}}a{{^}}b{{/if}}', '{{^if x}}a{{/if}}', '{{else x}}', '{{else}}}',
];
const newlines = fc.constantFrom('', '', '\n', ' \n', '\r\n', '  ', '\n  ', '\t\n');

/**
 * Bodies of text, variables, comments and blocks (nested; tags inline or alone on their lines,
 * for standalone stripping). Noisy bodies also hold what the subset refuses, so both paths
 * and the boundary between them are exercised.
 */
function bodies(noisy: boolean): fc.Arbitrary<string> {
  const from = (clean: string[], odd: string[]) =>
    noisy ? fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...clean) }, { weight: 1, arbitrary: fc.constantFrom(...odd) }) : fc.constantFrom(...clean);
  const name = from(NAMES, ODD_NAMES);
  const gap = from(GAPS, ODD_GAPS);
  const variable = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(gap, name, gap).map(([a, n, b]) => `{{${a}${n}${b}}}`) },
    { weight: 1, arbitrary: fc.tuple(gap, name, gap).map(([a, n, b]) => `{{{${a}${n}${b}}}}`) },
    { weight: 1, arbitrary: fc.tuple(name, fc.array(name, { minLength: 1, maxLength: 2 }), gap).map(([n, params, b]) => `{{${n} ${params.join(' ')}${b}}}`) },
  );
  const helper = from(['if', 'unless', 'each', 'with', 'customHelper', 'a.b'], ODD_NAMES);
  return fc.letrec<{ body: string; block: string }>((tie) => ({
    body: fc
      .array(
        fc.oneof(
          { weight: 8, arbitrary: from(TEXT, ODD_TEXT) },
          { weight: 6, arbitrary: variable },
          { weight: 2, arbitrary: from(COMMENTS, ODD_COMMENTS) },
          { weight: noisy ? 1 : 0, arbitrary: fc.constantFrom(...OTHER) },
          { weight: 4, arbitrary: tie('block') },
        ),
        { maxLength: 6 },
      )
      .map((parts) => parts.join('')),
    block: fc
      .record({
        helper,
        params: fc.array(name, { maxLength: 2 }),
        open: gap,
        before: newlines,
        program: tie('body'),
        inverse: fc.option(fc.tuple(from(ELSES, ['{{else}}}', '{{^}}', '{{else if x}}']), tie('body')), { nil: undefined }),
        after: newlines,
        close: noisy ? fc.oneof({ weight: 12, arbitrary: fc.constant('') }, { weight: 1, arbitrary: name }) : fc.constant(''),
      })
      .map(({ helper, params, open, before, program, inverse, after, close }) =>
        `{{#${open}${[helper, ...params].join(' ')}}}${before}${program}${inverse ? inverse[0] + inverse[1] : ''}${after}{{/${close || helper}}}`,
      ),
  }), { depthSize: 'small' }).body;
}

const body = fc.oneof(bodies(false), bodies(true));

describe('the Handlebars subset parser', () => {
  it('gives bodies exactly what the Handlebars parser gives them (nodes, ranges, masks, problems, comments)', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'ab\n', '\r\n', '\u{1F600}'), body, fc.constantFrom('', '\nz'), (prefix, source, suffix) => {
        const whole = prefix + source + suffix;
        const start = prefix.length;
        const end = start + source.length;
        expect(built(whole, start, end, true)).toEqual(built(whole, start, end, false));
      }),
      { numRuns: 3000, seed: 20261127 },
    );
  });

  it('reads the common forms itself', () => {
    const common = [
      'Hi {{name}}, {{{raw}}} {{customer.firstName}}.',
      '{{#if hasTracking}}Track: {{url}}{{else}}Soon{{/if}}',
      '{{#each items}}- {{name}}\n{{/each}}',
      '{{# with  customer }}{{ firstName }}{{/ with }}',
      '{{formatDate date short}} {{!-- smslint-disable text-speak --}} {{! note }}',
      'Hello\n{{#unless optedOut}}\n  Reply STOP to opt out.\n{{/unless}}\n',
    ];
    for (const source of common) expect(subset(source), source).not.toBeNull();
  });

  it('leaves to Handlebars what it does not fully understand', () => {
    const refused = [
      'Hello {{~name~}} there', // whitespace control
      '{{> footer}}', // partial
      '{{x "literal"}}', '{{x 1}}', '{{true}}', // literals
      '{{x a=b}}', '{{x (y z)}}', // hash, sub-expression
      '{{@index}}', '{{this}}', '{{../x}}', '{{x.[y]}}', '{{a/b}}', // data, this, parents, brackets, slash paths
      'a \\{{x}}', 'a \\\\{{x}}', // escapes
      '{{{{raw}}}}x{{{{/raw}}}}', // raw block
      '{{#if x}}a{{else if y}}b{{/if}}', '{{#if x}}a{{^}}b{{/if}}', '{{^if x}}a{{/if}}', // chains, inverse sections
      '{{#each xs as |x|}}{{x}}{{/each}}', // block params
      '{{\tname}}', '{{#if\nx}}a{{/if}}', // unusual whitespace in a tag
      '{{prénom}}', // non-ASCII name
      '{{x}}}', // "}}}" closes a triple-stash
      '{{!- x}}', '{{! x~}}', '{{!--}}', // comments Handlebars trims or reads oddly
      'a\u2028b {{x}}', 'a\0b {{x}}', // characters that shift Handlebars' columns or stop its lexer
      '{{#if x}}a', '{{/if}}', '{{#if x}}a{{/each}}', '{{else}}', '{{#if x}}a{{else}}b{{else}}c{{/if}}', // errors
    ];
    for (const source of refused) {
      expect(subset(source), source).toBeNull();
      expect(built(source, 0, source.length, true), source).toEqual(built(source, 0, source.length, false));
    }
  });

  it('leaves deep nesting to the Handlebars path, which reports it', () => {
    const nested = (depth: number) => '{{#if x}}'.repeat(depth) + 'y' + '{{/if}}'.repeat(depth);
    expect(subset(nested(32))).not.toBeNull();
    expect(subset(nested(33))).toBeNull();
    for (const depth of [63, 64, 65]) {
      const source = nested(depth);
      expect(built(source, 0, source.length, true)).toEqual(built(source, 0, source.length, false));
    }
  });
});
