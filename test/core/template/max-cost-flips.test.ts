/**
 * Placeholder scaling (issue 17, item 9). `templateMaxCostFlips` answers, for every risky
 * variable at once, what `templateMaxCostUnder` answers for each one redeclared in turn
 * (property test on generated bodies: literal text with GSM, extension, CR, emoji and
 * combining characters, variables spelled `x`, `this.x`, `./x`, repeated, in `if`/`each`
 * blocks, under random declarations, policies, references and shift tables). And lint work
 * grows linearly with the number of distinct placeholders (CPU-time ratio for 4× the
 * placeholders, robust to a busy machine: cubic was 78 s for 2,000).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText, parseTemplateFile, type SegmentRangeOptions, type VariableCharset, type VariableSpec } from '@smslint/core';
import { templateMaxCostFlips, templateMaxCostUnder } from '../../../packages/core/src/template/segment-range.js';
import { propertyRuns, propertySeed } from '../../reliability/property-runs.js';

const NAMES = ['a', 'b', 'c', 'name', 'this.a', './b', 'this.name'];
const LITERALS = ['Hi ', 'x'.repeat(40), '€', '{', 'café ', '\r\n', '\r', '\n', '😀', 'e\u0301', '🇫🇷', ' ', 'Reply STOP. '];
const CHARSETS: VariableCharset[] = ['gsm', 'digits', 'ascii', 'ucs2', 'unknown'];

const spec = fc.record({ maxLength: fc.integer({ min: 0, max: 60 }), minLength: fc.integer({ min: 0, max: 10 }), charset: fc.constantFrom(...CHARSETS) }, { requiredKeys: [] });
/** Mostly GSM literals without CR (the spliced path), sometimes anything. */
const literal = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('Hi ', 'x'.repeat(40), '€', '{', ' ', 'Reply STOP. ', '\n') },
  { weight: 1, arbitrary: fc.constantFrom(...LITERALS) },
);
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: literal.chain((l) => fc.integer({ min: 1, max: 6 }).map((n) => l.repeat(n))) },
  { weight: 4, arbitrary: fc.constantFrom(...NAMES).map((n) => `{{${n}}}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NAMES), literal).map(([n, l]) => `{{#if ${n.replace(/^\.\/|^this\./, '')}}}${l}{{${n}}}{{else}}${l}{{/if}}`) },
  { weight: 1, arbitrary: fc.constantFrom(...NAMES).map((n) => `{{#each items}}{{${n}}}{{/each}}`) },
);

describe('templateMaxCostFlips', () => {
  it('equals templateMaxCostUnder with each flipped variable redeclared in turn', () => {
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 30 }),
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'name', 'this.a'), fc.oneof(spec, fc.constant<VariableSpec>({ maxLength: 25, charset: 'gsm' }))),
        fc.dictionary(fc.constantFrom(...NAMES), spec, { minKeys: 1 }),
        fc.record({ graphemes: fc.constantFrom('keep' as const, 'split' as const), concatReference: fc.constantFrom(8 as const, 16 as const), shift: fc.boolean() }),
        fc.constantFrom(undefined, 2),
        // Undeclared variables GSM half the time, so the base rendering is often GSM-7 (the spliced path).
        fc.option(fc.constantFrom<VariableSpec>({ maxLength: 30, charset: 'gsm' }, { maxLength: 8, charset: 'digits' }), { nil: undefined }),
        (pieces, base, flipSpecs, count, maxRenderings, defaultVariable) => {
          const template = parseTemplateFile(`## T\n\n${pieces.join('')}\n`, 'c.sms.md').templates[0];
          const options: SegmentRangeOptions = {
            countOptions: { graphemes: count.graphemes, concatReference: count.concatReference, ...(count.shift ? { shiftTables: ['es'] } : {}) },
            ...(maxRenderings ? { maxRenderings } : {}),
            ...(defaultVariable ? { defaultVariable } : {}),
          };
          const flips = new Map(Object.entries(flipSpecs) as [string, VariableSpec][]);
          const fast = templateMaxCostFlips(template, options, base, flips);
          const under = templateMaxCostUnder(template, options);
          for (const [name, flip] of flips) {
            expect(fast.get(name), name).toEqual(under({ ...base, [name]: flip }));
          }
        },
      ),
      { numRuns: Math.min(propertyRuns(), 3_000), seed: propertySeed() },
    );
  });
});

describe('lint time in the number of placeholders', () => {
  function cpuMs(placeholders: number): number {
    const body = Array.from({ length: placeholders }, (_, i) => `{{v${i}}}`).join(' ');
    const text = `---\nbrand: Northwind\nkind: marketing\n---\n\n## T\n\nNorthwind: ${body} Reply STOP to opt out.\n`;
    const before = process.cpuUsage();
    lintText(text, { filePath: '/tmp/scaling.sms.md' });
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  }

  it('grows about linearly: 4× the placeholders costs well under 16× the CPU time', () => {
    cpuMs(200); // warm up the JIT
    const ratios: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const small = Math.max(cpuMs(500), 1);
      const large = cpuMs(2_000);
      ratios.push(large / small);
      if (large / small < 10) break;
    }
    // Linear is 4, quadratic 16, the old cubic 64 (2,000 placeholders: 78 s).
    expect(Math.min(...ratios), ratios.map((r) => r.toFixed(1)).join(', ')).toBeLessThan(10);
  }, 120_000);
});
