/** The stdio writer's encoder sends exactly JSON.stringify of every message, per-template JSON or not. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver/node';
import { diagnosticsEncoder, encodedDiagnostics, encodeMessage, withDiagnostic } from '../../packages/language-server/src/diagnostics-encoding.js';

const position = fc.record({ line: fc.nat(100_000), character: fc.nat(1_000) });
const diagnostic: fc.Arbitrary<Diagnostic> = fc.record(
  {
    range: fc.record({ start: position, end: position }),
    severity: fc.constantFrom(1, 2, 3) as fc.Arbitrary<1 | 2 | 3>,
    code: fc.string(),
    source: fc.constant('smslint'),
    // Any text a message may quote: quotes, backslashes, controls, emoji, lone surrogates.
    message: fc.string({ unit: 'binary' }),
    codeDescription: fc.record({ href: fc.webUrl() }),
  },
  { requiredKeys: ['range', 'message'] },
);

function publish(uri: string, version: number | undefined, diagnostics: Diagnostic[]) {
  return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: version === undefined ? { uri, diagnostics } : { uri, version, diagnostics } };
}

/** The diagnostics' JSON in chunks of consecutive groups, as template-diagnostics.ts makes them. */
function chunked(groups: Diagnostic[][]): Diagnostic[] {
  const nonEmpty = groups.filter((group) => group.length > 0);
  return encodedDiagnostics(nonEmpty.flat(), nonEmpty.map((group) => Buffer.from(group.map((d) => JSON.stringify(d)).join(','), 'utf8')));
}

describe('diagnostics encoding', () => {
  it('gives the bytes of JSON.stringify for any publish message built from chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), fc.option(fc.integer(), { nil: undefined }), fc.array(fc.array(diagnostic, { maxLength: 4 }), { maxLength: 6 }), async (uri, version, groups) => {
        const message = publish(uri, version, chunked(groups));
        const expected = Buffer.from(JSON.stringify(message), 'utf8');
        expect(encodeMessage(message).equals(expected)).toBe(true);
        expect(Buffer.from(await diagnosticsEncoder.encode(message, { charset: 'utf-8' })).equals(expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the chunks for one diagnostic appended, and falls back to JSON.stringify when the list changed', () => {
    fc.assert(
      fc.property(fc.array(fc.array(diagnostic, { maxLength: 3 }), { maxLength: 4 }), diagnostic, (groups, extra) => {
        const diagnostics = chunked(groups);
        const appended = publish('file:///a', 1, withDiagnostic(diagnostics, extra));
        expect(encodeMessage(appended).toString('utf8')).toBe(JSON.stringify(appended));
        diagnostics.push(extra); // changed after encoding: the chunks no longer describe it
        const changed = publish('file:///a', 2, diagnostics);
        expect(encodeMessage(changed).toString('utf8')).toBe(JSON.stringify(changed));
      }),
    );
  });

  it('encodes every other message as vscode-jsonrpc does', () => {
    const request = { jsonrpc: '2.0', id: 3, result: { kind: 'full', items: chunked([[{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'm' }]]) } };
    expect(encodeMessage(request).toString('utf8')).toBe(JSON.stringify(request));
  });
});
