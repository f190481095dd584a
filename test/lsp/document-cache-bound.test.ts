/**
 * A document's lint cache holds this version's templates and about as many earlier texts,
 * not one entry per keystroke of the session: memory stays flat however long the writer types.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

  it('keeps no earlier document text alive: the heap after 200 keystrokes is the heap after the first', () => {
    // A cache key that viewed the document's text (a V8 sliced string) pinned that whole
    // version for as long as the cache kept the key: 0.3 MB per keystroke on the bench's
    // 2,000-template catalog (bench/lsp/RESULTS.md). Here each version is about 80 KB.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const lines = catalog(1000, 'Hi {{name}}, your order has shipped.').split('\n');
    const bodies = lines.flatMap((line, i) => (line.startsWith('Hi {{name}}') ? [i] : []));
    const analysis = new DocumentAnalysis('/w/c.sms.md', () => 1_000_000);
    const heapAfter = (version: number) => {
      // Each keystroke types into another template, as memory.js does.
      const line = bodies[(version * 7919) % bodies.length];
      lines[line] = `${lines[line].slice(0, 3)}x${lines[line].slice(3)}`;
      analysis.lint(analysis.snapshot(version, lines.join('\n')), { filePath: '/w/c.sms.md' }, 0);
      gc();
      return process.memoryUsage().heapUsed;
    };
    for (let version = 1; version <= 20; version++) heapAfter(version);
    const before = heapAfter(21);
    let after = before;
    for (let version = 22; version <= 220; version++) after = heapAfter(version);
    // Pinned texts would add 200 × 80 KB = 16 MB; live data stays within a few hundred KB.
    expect((after - before) / 2 ** 20).toBeLessThan(4);
  });
});
