/**
 * The printf dialect against a reference formatter: Node's util.format implements %s, %d,
 * %i, %f and %%. A body of literal text and conversions, rendered by smslint's preview
 * with the arguments as variables "1", "2", …, must equal util.format's output.
 */
import { format } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplateFile, renderTemplate } from '@smslint/core';

type Piece = { kind: 'text'; value: string } | { kind: 'percent' } | { kind: 'string'; value: string } | { kind: 'integer'; value: number };

// Literal text without "%": what util.format copies as is.
const literal = fc.stringMatching(/^[A-Za-z0-9 .,!?:;'()€é-]{1,10}$/);
const piece: fc.Arbitrary<Piece> = fc.oneof(
  literal.map((value): Piece => ({ kind: 'text', value })),
  fc.constant<Piece>({ kind: 'percent' }),
  fc.stringMatching(/^[A-Za-z0-9 ]{0,8}$/).map((value): Piece => ({ kind: 'string', value })),
  fc.integer({ min: -99999, max: 99999 }).map((value): Piece => ({ kind: 'integer', value })),
);

describe('printf dialect', () => {
  it('renders like util.format', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.constantFrom('%d', '%i'), (pieces, integer) => {
        const written = pieces.map((p) => (p.kind === 'text' ? p.value : p.kind === 'percent' ? '%%' : p.kind === 'string' ? '%s' : integer)).join('');
        // util.format leaves "%%" alone when there are no arguments: end with one conversion.
        const args = [...pieces.flatMap((p) => (p.kind === 'string' || p.kind === 'integer' ? [p.value] : [])), 'end'];
        const body = `<${written}> %s`;
        const file = parseTemplateFile(`---\nplaceholders: printf\n---\n${body}\n`, 'generated.sms');
        const [template] = file.templates;
        expect(template.problems).toEqual([]);
        const data = Object.fromEntries(args.map((value, i) => [String(i + 1), value]));
        expect(renderTemplate(template, data).text).toBe(format(body, ...args));
      }),
      { numRuns: 500 },
    );
  });

  it('reads positional conversions by their explicit index', () => {
    const [template] = parseTemplateFile('---\nplaceholders: printf\n---\n%2$s, your code is %1$s (%2$s).\n', 'x.sms').templates;
    expect(renderTemplate(template, { 1: '4821', 2: 'Dana' }).text).toBe('Dana, your code is 4821 (Dana).');
  });
});
