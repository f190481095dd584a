/**
 * JSON for outgoing messages that re-uses each diagnostic's JSON from the last time it was
 * sent. A catalog with a finding on every template publishes thousands of diagnostics
 * after every keystroke (2,000 templates: 0.8 MB); JSON.stringify of the whole message was
 * the largest part of a keystroke's cost. DiagnosticReuse (diagnostics.ts) hands out the
 * same Diagnostic object while its finding and position are unchanged, so only the edited
 * template's diagnostics are serialised again. The text is the same JSON value the library
 * encoder would send (test/lsp/diagnostics-encoder.test.ts).
 */
import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';

const PUBLISH_DIAGNOSTICS = 'textDocument/publishDiagnostics';

/** `{"a":1}` + `"b":2` → `{"a":1,"b":2}`. */
function withLastMember(objectJson: string, member: string): string {
  return objectJson === '{}' ? `{${member}}` : `${objectJson.slice(0, -1)},${member}}`;
}

export class DiagnosticsJson {
  /** Diagnostics are never changed once built (DiagnosticReuse builds a new one instead). */
  private readonly jsonOf = new WeakMap<object, string>();

  stringify(message: Message): string {
    const { params, ...envelope } = message as Message & { method?: string; params?: { diagnostics?: unknown } };
    if (envelope.method !== PUBLISH_DIAGNOSTICS || !params || !Array.isArray(params.diagnostics)) return JSON.stringify(message);
    const { diagnostics, ...fields } = params as { diagnostics: unknown[] };
    const parts = new Array<string>(diagnostics.length);
    for (let i = 0; i < diagnostics.length; i++) parts[i] = this.diagnosticJson(diagnostics[i]);
    const paramsJson = withLastMember(JSON.stringify(fields), `"diagnostics":[${parts.join(',')}]`);
    return withLastMember(JSON.stringify(envelope), `"params":${paramsJson}`);
  }

  private diagnosticJson(diagnostic: unknown): string {
    if (typeof diagnostic !== 'object' || diagnostic === null) return JSON.stringify(diagnostic) ?? 'null';
    let json = this.jsonOf.get(diagnostic);
    if (json === undefined) {
      json = JSON.stringify(diagnostic);
      this.jsonOf.set(diagnostic, json);
    }
    return json;
  }
}

/** The `application/json` encoder for a stream transport's message writer. */
export function diagnosticsEncoder(): ContentTypeEncoder {
  const json = new DiagnosticsJson();
  return {
    name: 'application/json',
    encode: (message: Message, options: ContentTypeEncoderOptions) => Promise.resolve(Buffer.from(json.stringify(message), options.charset)),
  };
}
