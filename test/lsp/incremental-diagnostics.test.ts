/**
 * The language server's per-keystroke path (memoising parser, lint cache, per-template
 * diagnostics and their pre-encoded JSON) must publish exactly what a from-scratch analysis
 * of the same text gives, after any sequence of edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentAnalysis } from '../../packages/language-server/src/document-analysis.js';
import { encodeMessage } from '../../packages/language-server/src/diagnostics-encoding.js';
import { toDiagnostic } from '../../packages/language-server/src/diagnostics.js';
import { LineIndex, lintText } from '../../packages/core/src/index.js';

/** Lines that produce findings, move templates, or make sectioning and positions hard. */
const PIECES = [
  '## Order shipped', '## Refund', '## Refund', '# Appendix', '### Sub', '  ## indented',
  'Hi {{name}}, thx 4 waiting! Call 555-0100 or see https://bit.ly/x', 'Your order {{orderId}} shipped. Reply STOP to opt out.',
  'PLEASE CALL US NOW!!!', 'Caf\u00e9 \u201cquotes\u201d \u{1F600} r u ok', 'broken {{oops', '{{#if x}}yes{{else}}no{{/if}}',
  '<!-- smslint-disable text-speak -->', '<!-- smslint-disable-next-line phone-validity -->', '```', '---', '',
  '', 'plain text line', 'kind: marketing',
];
const EOLS = ['\n', '\n', '\n', '\r\n', '\r'];
const FRONT = '---\nbrand: Acme\nvariables:\n  name: { maxLength: 20 }\n---\n';

const docArbitrary = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...EOLS)), { maxLength: 30 }))
  .map(([front, lines]) => (front ? FRONT : '') + lines.map(([line, eol]) => line + eol).join(''));

/** An edit at a random place: typing, deleting, new lines, a new template heading, CR/LF halves. */
const editArbitrary = fc.tuple(
  // Anywhere, or at the very start or end (-1); now and then removing everything after it.
  fc.oneof({ arbitrary: fc.nat(), weight: 8 }, { arbitrary: fc.constantFrom(0, -1), weight: 2 }),
  fc.oneof({ arbitrary: fc.nat(4), weight: 9 }, { arbitrary: fc.constant(1e9), weight: 1 }),
  fc.constantFrom('x', ' ', 'thx', '\n', '\r', '\r\n', '\n## New\n', '#', '!', '555-0100', '\u{1F600}', '{{', '', '```\n', '---\nbrand: B\n---\n'),
);

function applyEdit(text: string, [at, remove, insert]: [number, number, string]): string {
  const start = at < 0 || text.length === 0 ? text.length : at % (text.length + 1);
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

const PATH = '/w/c.sms.md';
const OPTIONS = { filePath: PATH };

/** What the server publishes for `text` at `version`: the diagnostics and the bytes sent. */
function publish(analysis: DocumentAnalysis, version: number, text: string) {
  const snapshot = analysis.snapshot(version, text);
  const { result, runs } = analysis.lint(snapshot, OPTIONS, 0);
  const diagnostics = analysis.diagnostics.update(snapshot.text, snapshot.index, snapshot.file.templates, runs);
  const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///w/c.sms.md', version, diagnostics } };
  return { diagnostics, findings: result.findings, bytes: encodeMessage(message), json: JSON.stringify(message) };
}

describe('incremental diagnostics', () => {
  it('after random edits equal a from-scratch analysis, and are sent as exactly their JSON', () => {
    fc.assert(
      fc.property(docArbitrary, fc.array(editArbitrary, { minLength: 1, maxLength: 10 }), (initial, edits) => {
        const live = new DocumentAnalysis(PATH, () => 1_000_000);
        let text = initial;
        let version = 1;
        publish(live, version, text);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          version++;
          const incremental = publish(live, version, text);
          const scratch = publish(new DocumentAnalysis(PATH, () => 1_000_000), version, text);
          expect(incremental.diagnostics).toEqual(scratch.diagnostics);
          // Both went through relative finding runs: a plain lint (absolute findings) is the
          // reference, fixes and suggestions included (a cached fix keeps no stale line break).
          const reference = lintText(text, OPTIONS);
          expect(incremental.findings).toEqual(reference.findings);
          expect(incremental.diagnostics).toEqual(reference.findings.map((f) => toDiagnostic(f, new LineIndex(text))));
          expect(incremental.bytes.toString('utf8')).toBe(scratch.json);
          expect(incremental.bytes.toString('utf8')).toBe(incremental.json);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('re-uses the diagnostics of templates a keystroke did not touch (same objects)', () => {
    const text = Array.from({ length: 30 }, (_, i) => `## T${i}\n\nCall 555-0100 about order ${i}. Reply STOP to opt out.\n`).join('\n');
    const analysis = new DocumentAnalysis(PATH, () => 1_000_000);
    const before = publish(analysis, 1, text).diagnostics;
    const at = text.indexOf('order 10');
    const after = publish(analysis, 2, text.slice(0, at) + 'x' + text.slice(at)).diagnostics;
    // Template 10 is lines 40-42; only its diagnostics are new objects.
    const inTemplate10 = (line: number) => line >= 40 && line <= 42;
    expect(after).toHaveLength(before.length);
    const converted = after.filter((d, i) => d !== before[i]);
    expect(converted.length).toBeGreaterThan(0);
    expect(converted.every((d) => inTemplate10(d.range.start.line))).toBe(true);
    expect(after.filter((d) => inTemplate10(d.range.start.line))).toHaveLength(converted.length);
    // A new line moves every template below it: their diagnostics are converted again.
    const moved = publish(analysis, 3, text.slice(0, at) + '\n' + text.slice(at)).diagnostics;
    const firstMoved = moved.findIndex((d) => d.range.start.line >= 40);
    expect(firstMoved).toBeGreaterThan(0);
    expect(moved.slice(0, firstMoved).every((d, i) => d === before[i])).toBe(true);
    expect(moved.at(-1)!.range.start.line).toBe(before.at(-1)!.range.start.line + 1);
  });
});
