/**
 * The server's JSON encoder for stream transports re-uses each diagnostic's JSON: the text
 * it produces must be the JSON value the library's encoder (JSON.stringify) produces, for
 * any message, and a diagnostic's JSON is taken from the cache only for the same object.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiagnosticsJson } from '../../packages/language-server/src/diagnostics-encoder.js';

const position = fc.record({ line: fc.nat(), character: fc.nat() });
const diagnostic = fc.record(
  {
    range: fc.record({ start: position, end: position }),
    severity: fc.constantFrom(1, 2, 3),
    code: fc.string(),
    source: fc.constant('smslint'),
    message: fc.string({ unit: 'binary' }),
    codeDescription: fc.record({ href: fc.webUrl() }),
  },
  { requiredKeys: ['range', 'message'] },
);

describe('DiagnosticsJson', () => {
  it('encodes publishDiagnostics and every other message as JSON.stringify does', () => {
    const json = new DiagnosticsJson();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({ jsonrpc: fc.constant('2.0'), method: fc.constant('textDocument/publishDiagnostics'), params: fc.record({ uri: fc.string({ unit: 'binary' }), version: fc.option(fc.integer(), { nil: undefined }), diagnostics: fc.array(diagnostic, { maxLength: 6 }) }, { requiredKeys: ['diagnostics'] }) }),
          fc.record({ jsonrpc: fc.constant('2.0'), id: fc.nat(), result: fc.jsonValue() }),
          fc.record({ jsonrpc: fc.constant('2.0'), method: fc.string(), params: fc.jsonValue() }),
        ),
        (message) => {
          const text = json.stringify(message as never);
          expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(message)));
          // Encoding again (now from the cache) gives the same text.
          expect(json.stringify(message as never)).toBe(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives the same bytes as JSON.stringify for a server publish (diagnostics last)', () => {
    const json = new DiagnosticsJson();
    const diagnostics = [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 9 } }, severity: 2, code: 'text-speak', source: 'smslint', message: 'Write "you" instead of "u" — “quotes” \u0000', codeDescription: { href: 'https://example.org/r' } }];
    const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.sms.md', version: 7, diagnostics } };
    expect(json.stringify(message)).toBe(JSON.stringify(message));
    // A diagnostic object is never changed after it was sent: a new range is a new object.
    const moved = { ...diagnostics[0], range: { start: { line: 4, character: 0 }, end: { line: 4, character: 9 } } };
    const next = { ...message, params: { ...message.params, version: 8, diagnostics: [moved, diagnostics[0]] } };
    expect(json.stringify(next)).toBe(JSON.stringify(next));
  });
});
