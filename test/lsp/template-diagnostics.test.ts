/**
 * template-diagnostics.ts follows the edit: a template whose findings come back from the lint
 * cache as the same list is placed and re-used without its findings being read again, and
 * the diagnostics and bytes it publishes stay those of a from-scratch conversion.
 */
import { describe, expect, it } from 'vitest';
import { DocumentAnalysis } from '../../packages/language-server/src/document-analysis.js';
import { encodeMessage } from '../../packages/language-server/src/diagnostics-encoding.js';
import { toDiagnostic } from '../../packages/language-server/src/diagnostics.js';
import { TemplateDiagnostics } from '../../packages/language-server/src/template-diagnostics.js';
import { LineIndex, type Finding, type FindingRuns } from '../../packages/core/src/index.js';

const PATH = '/w/c.sms.md';
const CATALOG = Array.from({ length: 40 }, (_, i) => `## T${i}\n\nCall 555-0100 about order ${i}, thx. Reply STOP to opt out.\n`).join('\n');

/** Copies of each list whose findings count every read of their range (a template's findings being looked at). */
class Watched {
  reads = 0;
  private copies = new Map<readonly Finding[], readonly Finding[]>();

  /** `runs` with each list already seen replaced by its watched copy (new lists get one too). */
  runs(runs: FindingRuns): FindingRuns {
    return { bases: runs.bases, lists: runs.lists.map((list) => this.copy(list)) };
  }

  private copy(list: readonly Finding[]): readonly Finding[] {
    let copy = this.copies.get(list);
    if (!copy) {
      copy = list.map((finding) => {
        const watched = { ...finding };
        Object.defineProperty(watched, 'range', { enumerable: true, get: () => (this.reads++, finding.range) });
        return watched;
      });
      this.copies.set(list, copy);
    }
    return copy;
  }
}

function pass(analysis: DocumentAnalysis, diagnostics: TemplateDiagnostics, watched: Watched, version: number, text: string) {
  const snapshot = analysis.snapshot(version, text);
  const { result, runs } = analysis.lint(snapshot, { filePath: PATH }, 0);
  const shown = diagnostics.update(snapshot.text, snapshot.index, snapshot.file.templates, watched.runs(runs));
  const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///w/c.sms.md', version, diagnostics: shown } };
  return { shown, findings: result.findings, bytes: encodeMessage(message).toString('utf8'), json: JSON.stringify(message) };
}

describe('per-template diagnostics', () => {
  it('read only the edited template’s findings after a keystroke inside a line', () => {
    const analysis = new DocumentAnalysis(PATH, () => 1_000_000);
    const diagnostics = new TemplateDiagnostics();
    const watched = new Watched();
    const before = pass(analysis, diagnostics, watched, 1, CATALOG);
    expect(before.shown.length).toBeGreaterThan(40);
    const readsOnOpen = watched.reads;
    expect(readsOnOpen).toBeGreaterThan(0);

    const at = CATALOG.indexOf('order 20');
    const text = CATALOG.slice(0, at) + 'x' + CATALOG.slice(at);
    watched.reads = 0;
    const after = pass(analysis, diagnostics, watched, 2, text);
    // Only the edited template's list is new (and read); the 39 others were placed by identity.
    const edited = after.findings.filter((f) => f.templateId === 't20').length;
    expect(edited).toBeGreaterThan(0);
    expect(watched.reads).toBeGreaterThan(0);
    expect(watched.reads).toBeLessThanOrEqual(edited * 6);
    expect(after.shown).toEqual(after.findings.map((f) => toDiagnostic(f, new LineIndex(text))));
    expect(after.bytes).toBe(after.json);
    // The kept diagnostics are the previous objects; the published array is a new one.
    expect(after.shown).not.toBe(before.shown);
    expect(after.shown.filter((d, i) => d === before.shown[i]).length).toBe(after.shown.length - edited);
  });

  it('convert the templates a new line moved, and keep those above it', () => {
    const analysis = new DocumentAnalysis(PATH, () => 1_000_000);
    const diagnostics = new TemplateDiagnostics();
    const watched = new Watched();
    const before = pass(analysis, diagnostics, watched, 1, CATALOG);
    const at = CATALOG.indexOf('## T30');
    const text = CATALOG.slice(0, at) + '\n' + CATALOG.slice(at);
    const after = pass(analysis, diagnostics, watched, 2, text);
    expect(after.shown).toEqual(after.findings.map((f) => toDiagnostic(f, new LineIndex(text))));
    expect(after.bytes).toBe(after.json);
    // T29's part ends where the new line goes in (its text changed); T30 on moved a line down.
    const firstMoved = after.shown.findIndex((d) => d.range.start.line >= 29 * 4);
    expect(firstMoved).toBeGreaterThan(0);
    expect(after.shown.slice(0, firstMoved).every((d, i) => d === before.shown[i])).toBe(true);
    expect(after.shown.slice(firstMoved).some((d, i) => d === before.shown[firstMoved + i])).toBe(false);
  });

  it('re-use a part whose findings are equal but come as a new list', () => {
    const analysis = new DocumentAnalysis(PATH, () => 1_000_000);
    const snapshot = analysis.snapshot(1, CATALOG);
    const { runs } = analysis.lint(snapshot, { filePath: PATH }, 0);
    const diagnostics = new TemplateDiagnostics();
    const first = diagnostics.update(snapshot.text, snapshot.index, snapshot.file.templates, runs);
    // Same text, every list and finding a fresh copy: compared field by field, nothing converted.
    const copied = { bases: runs.bases, lists: runs.lists.map((list) => list.map((f) => ({ ...f, range: { ...f.range } }))) };
    const second = diagnostics.update(snapshot.text, snapshot.index, snapshot.file.templates, copied);
    expect(second).toHaveLength(first.length);
    expect(second.every((d, i) => d === first[i])).toBe(true);
    // A changed message is a different part: converted again, the others kept.
    const changed = { bases: runs.bases, lists: runs.lists.map((list, r) => (r === 5 ? list.map((f) => ({ ...f, message: `${f.message}!` })) : list)) };
    const third = diagnostics.update(snapshot.text, snapshot.index, snapshot.file.templates, changed);
    const differing = third.filter((d, i) => d !== first[i]);
    expect(differing.length).toBe(runs.lists[5].length);
    expect(differing.every((d) => d.message.endsWith('!'))).toBe(true);
  });
});

describe('per-template diagnostics, their bytes', () => {
  it('stay the JSON of the published array until two more passes re-use the buffer, then are encoded again', () => {
    const analysis = new DocumentAnalysis(PATH, () => 1_000_000);
    const diagnostics = new TemplateDiagnostics();
    const message = (shown: unknown[]) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///w/c.sms.md', diagnostics: shown } });
    let text = CATALOG;
    const published = [];
    for (let version = 1; version <= 6; version++) {
      const at = text.indexOf(`order ${version * 5}`);
      text = text.slice(0, at) + '\u00e9\u{1F600}'.repeat(version) + text.slice(at);
      const snapshot = analysis.snapshot(version, text);
      const { runs } = analysis.lint(snapshot, { filePath: PATH }, 0);
      published.push(diagnostics.update(snapshot.text, snapshot.index, snapshot.file.templates, runs));
      // Every message so far, including those whose buffer a later pass wrote over, is exactly its JSON.
      for (const shown of published) expect(encodeMessage(message(shown)).toString('utf8')).toBe(JSON.stringify(message(shown)));
    }
  });
});
