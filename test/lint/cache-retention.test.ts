/**
 * An editing session's lint cache must hold its templates' texts, not the documents they
 * were cut from: a key built as a slice of the document kept one whole version alive per
 * keystroke (0.3 MB per edit on the LSP bench catalog, bench/lsp/RESULTS.md "survivors per
 * keystroke"). Measured as heap growth over many versions of a large catalog.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createLintCache, createTemplateParser, lintFileRuns } from '@smslint/core';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const TEMPLATES = 2000;
const VERSIONS = 110;
/** Versions linted before the heap is first measured (code and caches warmed up). */
const WARM = 10;

function catalog(edited: number, version: number): string {
  const parts = ['---', 'brand: Acme', '---', ''];
  for (let i = 0; i < TEMPLATES; i++) {
    const typed = i === edited ? ` v${version}` : '';
    parts.push(`## Reply ${i}`, '', `Hi {{name}}${typed}, your Acme order (ref ${i}) has shipped and should arrive soon. Reply STOP to opt out.`, '');
  }
  return parts.join('\n');
}

describe('lint cache retention', () => {
  it('does not keep earlier document versions alive through its keys', () => {
    const parser = createTemplateParser();
    const cache = createLintCache();
    const path = '/w/c.sms.md';
    let size = 0;
    let before = 0;
    for (let v = 0; v < VERSIONS; v++) {
      const text = catalog((v * 769) % TEMPLATES, v);
      size = text.length;
      lintFileRuns(parser.parse(text, path), { filePath: path }, cache);
      if (v === WARM - 1) {
        collect();
        before = process.memoryUsage().heapUsed;
      }
    }
    collect();
    const grown = process.memoryUsage().heapUsed - before;
    // Kept versions would add a whole text each; a version's own cache entry and key are a template's size.
    expect(grown).toBeLessThan(((VERSIONS - WARM) / 2) * size);
  });
});
