/**
 * Property-based tests over the core (fast-check). Case counts: see property-runs.ts
 * (10,000 per property on CI). Replay a failure with SMSLINT_PROPERTY_SEED and the
 * reported path, e.g. `SMSLINT_PROPERTY_SEED=… npx vitest run test/reliability/core-properties`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFixes,
  countSegments,
  createTemplateParser,
  detectAll,
  fixText,
  lintText,
  MAX_FIX_PASSES,
  parseTemplateFile,
  renderTemplate,
  rules,
  validateConfig,
  type Finding,
  type OffsetRange,
  type ResolvedConfig,
  type TemplateFile,
  type TextEdit,
} from '@smslint/core';
import { catalogText, configValue, documentText } from './catalog-arbitraries.js';
import { printCatalog, templateShape } from './catalog-printer.js';
import { propertyRuns, propertySeed } from './property-runs.js';
import { referenceCount } from './segment-reference.js';

const RUNS = propertyRuns();
const SEED = propertySeed();
const params = { numRuns: RUNS, seed: SEED } as const;
/** Per-property time limit, scaled with the case count (a slow case is a hang, not a pass). */
const TIMEOUT = Math.max(60_000, RUNS * 40);
const ruleIds = rules.map((rule) => rule.meta.id);

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` does not fall between the two halves of a surrogate pair. */
function onBoundary(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return true;
  return !(isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)));
}

function checkRange(text: string, range: OffsetRange, what: string): void {
  const ok =
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    range.start >= 0 &&
    range.start <= range.end &&
    range.end <= text.length &&
    onBoundary(text, range.start) &&
    onBoundary(text, range.end);
  if (!ok) throw new Error(`${what}: range ${JSON.stringify(range)} is outside the document (length ${text.length}) or splits a surrogate pair`);
}

function checkFinding(text: string, finding: Finding): void {
  checkRange(text, finding.range, `${finding.ruleId} "${finding.message}"`);
  const fixes = [finding.fix, ...(finding.suggestions ?? []).map((s) => s.fix)].filter((f) => f !== undefined);
  for (const fix of fixes) {
    expect(fix.edits.length, `${finding.ruleId} fix without edits`).toBeGreaterThan(0);
    for (const edit of fix.edits) checkRange(text, edit.range, `${finding.ruleId} fix edit`);
    // Edits of one fix never overlap, and never insert twice at one point.
    const sorted = [...fix.edits].sort((a, b) => a.range.start - b.range.start);
    for (let i = 1; i < sorted.length; i++) {
      const overlap = sorted[i].range.start < sorted[i - 1].range.end || sorted[i].range.start === sorted[i - 1].range.start;
      if (overlap) throw new Error(`${finding.ruleId}: overlapping edits in one fix ${JSON.stringify(sorted)}`);
    }
  }
}

function checkModel(file: TemplateFile): void {
  const text = file.text;
  for (const problem of file.problems) checkRange(text, problem.range, `file problem ${problem.code}`);
  for (const comment of file.smslintComments) checkRange(text, comment.range, 'smslint comment');
  for (const template of file.templates) {
    checkRange(text, template.range, `template ${template.id}`);
    checkRange(text, template.body.range, `body of ${template.id}`);
    expect(text.slice(template.body.range.start, template.body.range.end)).toBe(template.body.source);
    expect(template.body.masked.length).toBe(template.body.source.length);
    for (const problem of template.problems) checkRange(text, problem.range, `problem ${problem.code} of ${template.id}`);
  }
}

/** A config the way the CLI gets one: validated JSON (invalid values dropped, errors kept). */
function resolved(value: Record<string, unknown>): ResolvedConfig {
  return { ...validateConfig(value, 'smslint.config.json').config, sources: ['smslint.config.json'] };
}

describe(`core properties (${RUNS} cases each, seed ${SEED})`, () => {
  it('lintText never throws, and every finding, fix edit and model range lies inside the document on UTF-16 boundaries', () => {
    fc.assert(
      fc.property(documentText, configValue(ruleIds), ({ text, filePath }, config) => {
        const result = lintText(text, { filePath, config: resolved(config) });
        checkModel(result.file);
        for (const finding of result.findings) checkFinding(text, finding);
        for (let i = 1; i < result.findings.length; i++) {
          expect(result.findings[i].range.start).toBeGreaterThanOrEqual(result.findings[i - 1].range.start);
        }
      }),
      params,
    );
  }, TIMEOUT);

  it('fixText converges, applies non-overlapping fixes, and is idempotent', () => {
    fc.assert(
      fc.property(documentText, configValue(ruleIds), ({ text, filePath }, config) => {
        const options = { filePath, config: resolved(config) };
        const first = fixText(text, options);
        expect(first.passes).toBeLessThan(MAX_FIX_PASSES);
        const second = fixText(first.output, options);
        expect(second.output).toBe(first.output);
        expect(second.passes).toBe(0);
        // What is left has no fix that would still apply.
        expect(applyFixes(first.output, first.result.findings).applied).toBe(0);
      }),
      params,
    );
  }, TIMEOUT);

  it('applyFixes takes fixes whose edits do not overlap, whatever findings it is given', () => {
    const edit = (length: number) =>
      fc.tuple(fc.nat(length), fc.nat(8), fc.string({ maxLength: 3 })).map(([start, span, text]) => ({
        range: { start: Math.min(start, length), end: Math.min(start + span, length) },
        text,
      }));
    const scenario = fc.string({ maxLength: 40 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.array(fc.array(edit(text.length), { minLength: 1, maxLength: 3 }), { maxLength: 8 }),
      ),
    );
    fc.assert(
      fc.property(scenario, ([text, fixes]) => {
        const findings: Finding[] = fixes.map((edits, i) => ({
          ruleId: `r${i}`,
          severity: 'warning',
          message: 'm',
          range: { start: 0, end: 0 },
          fix: { edits },
          docsUrl: '',
        }));
        const result = applyFixes(text, findings);
        // Reference of the documented contract: fixes in order of their first edit; a fix is
        // skipped when one of its edits overlaps (or inserts at the same point as) a taken one.
        const conflict = (a: TextEdit, b: TextEdit) =>
          a.range.start === b.range.start || Math.max(a.range.start, b.range.start) < Math.min(a.range.end, b.range.end);
        const valid = fixes.filter((edits) => edits.every((e, i) => edits.every((o, j) => i === j || !conflict(e, o))));
        const ordered = valid
          .map((edits, index) => ({ edits, index, first: Math.min(...edits.map((e) => e.range.start)) }))
          .sort((a, b) => a.first - b.first || a.index - b.index);
        const taken: TextEdit[] = [];
        let applied = 0;
        for (const { edits } of ordered) {
          if (edits.some((e) => taken.some((t) => conflict(e, t)))) continue;
          taken.push(...edits);
          applied++;
        }
        let expected = text;
        for (const e of [...taken].sort((a, b) => b.range.start - a.range.start)) {
          expected = expected.slice(0, e.range.start) + e.text + expected.slice(e.range.end);
        }
        expect(result.applied).toBe(applied);
        expect(result.skipped).toBe(valid.length - applied);
        expect(result.output).toBe(expected);
      }),
      params,
    );
  }, TIMEOUT);

  it('countSegments agrees with the independent reference (keep and split policies)', () => {
    const smsChar = fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom(...'abcXYZ 019.,!?@£$¥èéÇØøÅåΔ_ÆßÉ¤¡¿ÄÖÑÜ§äöñüà'.split('')) },
      { weight: 3, arbitrary: fc.constantFrom('\n', '\r', '\r\n', '\f', '^', '{', '}', '\\', '[', '~', ']', '|', '€') },
      { weight: 2, arbitrary: fc.constantFrom('\u2019', 'á', 'ç', '\t', '\u00a0', '`', 'Α', 'e\u0301', '\u200d', '\uFEFF') },
      { weight: 2, arbitrary: fc.constantFrom('\u{1F600}', '\u{1F44D}\u{1F3FD}', '\u{1F1FA}\u{1F1F8}', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\uD800', '\uDC00') },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
    );
    // Long runs (up to ~700 units) cross the 160/153 and 70/67 boundaries many times.
    const text = fc.oneof(
      fc.array(smsChar, { maxLength: 60 }).map((a) => a.join('')),
      fc.tuple(fc.array(smsChar, { maxLength: 6 }), fc.nat(400), fc.array(smsChar, { maxLength: 6 }), fc.constantFrom('a', ']', '\u{1F600}', 'é', '\r\n', '\u2019'))
        .map(([a, n, b, fill]) => a.join('') + fill.repeat(n) + b.join('')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('keep' as const, 'split' as const), (input, graphemes) => {
        const actual = countSegments(input, { graphemes });
        const expected = referenceCount(input, graphemes);
        expect({
          encoding: actual.encoding,
          units: actual.units,
          segments: actual.segments,
          segmentStarts: actual.segmentStarts,
        }).toEqual(expected);
      }),
      params,
    );
  }, TIMEOUT);

  it('re-parsing a catalog printed from its model gives the same templates', () => {
    fc.assert(
      fc.property(catalogText, (text) => {
        const file = parseTemplateFile(text, 'replies.sms.md');
        const printed = printCatalog(file);
        fc.pre(printed !== null);
        const again = parseTemplateFile(printed as string, 'replies.sms.md');
        expect(again.templates.map(templateShape)).toEqual(file.templates.map(templateShape));
        // Printing is a fixed point after one round.
        expect(printCatalog(again)).toBe(printed);
      }),
      params,
    );
  }, TIMEOUT);

  it('the incremental parser (language server) matches a fresh parse after random edits', () => {
    const edit = fc.tuple(fc.nat(), fc.nat(12), fc.oneof(fc.constantFrom('', '\n', '\r\n', '## ', '{{', '}}', '\u{1F600}', '---\n', '<!-- smslint-disable -->\n'), fc.string({ maxLength: 6 })));
    fc.assert(
      fc.property(catalogText, fc.array(edit, { minLength: 1, maxLength: 4 }), (start, edits) => {
        const parser = createTemplateParser();
        let text = start;
        parser.parse(text, 'doc.sms.md');
        for (const [at, span, insert] of edits) {
          const from = at % (text.length + 1);
          text = text.slice(0, from) + insert + text.slice(Math.min(text.length, from + span));
          const incremental = parser.parse(text, 'doc.sms.md');
          const fresh = parseTemplateFile(text, 'doc.sms.md');
          expect(JSON.parse(JSON.stringify(incremental))).toEqual(JSON.parse(JSON.stringify(fresh)));
        }
      }),
      params,
    );
  }, TIMEOUT);

  it('detectors and preview rendering never throw and return matches that slice their input', () => {
    fc.assert(
      fc.property(documentText, fc.constantFrom('Northwind', 'LOL', ''), ({ text, filePath }, brand) => {
        const file = parseTemplateFile(text, filePath);
        for (const template of file.templates) {
          const detections = detectAll(template.body.masked, { brand, textSpeak: { allow: ['lol'] } });
          for (const [kind, value] of Object.entries(detections)) {
            if (!Array.isArray(value)) continue;
            for (const match of value as Array<{ text: string; start: number; end: number }>) {
              checkRange(template.body.masked, match, `detector ${kind}`);
              expect(template.body.masked.slice(match.start, match.end), kind).toBe(match.text);
            }
          }
          const rendered = renderTemplate(template, { name: 'Zoë', orderId: '42' });
          expect(typeof rendered.text).toBe('string');
        }
      }),
      params,
    );
  }, TIMEOUT);
});
