/**
 * A document's lint cache holds this version's templates and about as many earlier texts,
 * not one entry per keystroke of the session: memory stays flat however long the writer types.
 */
import { describe, expect, it } from 'vitest';
import { DocumentAnalysis } from '../../packages/language-server/src/document-analysis.js';

function catalog(templates: number, edited: string): string {
  const parts = ['---', 'kind: support', '---', ''];
  for (let i = 0; i < templates; i++) parts.push(`## Reply ${i}`, '', i === 7 ? edited : `Hi {{name}}, order ${i} has shipped. Reply STOP to opt out.`, '');
  return parts.join('\n');
}

describe('DocumentAnalysis lint cache', () => {
  it('stays bounded by the document over 1,500 keystrokes, and still re-lints only the edited template', () => {
    const analysis = new DocumentAnalysis('/w/c.sms.md', () => 1_000_000);
    let body = 'Hi {{name}}, your order has shipped.';
    for (let version = 1; version <= 1500; version++) {
      body += version % 40 === 0 ? ' ' : 'x';
      const snapshot = analysis.snapshot(version, catalog(300, body));
      analysis.lint(snapshot, { filePath: '/w/c.sms.md' }, 0);
    }
    expect(analysis.lintCache.size).toBeLessThanOrEqual(600);
    const { hits, misses } = analysis.lintCache.stats;
    analysis.lint(analysis.snapshot(1501, catalog(300, `${body}y`)), { filePath: '/w/c.sms.md' }, 0);
    // The 299 others are the last lint's (core's finding-runs.ts memo): not even looked up.
    expect(analysis.lintCache.stats).toEqual({ hits, misses: misses + 1 });
  });
});
