/**
 * Labelled corpora per language (issue 14): text speak and opt-out in Spanish, French,
 * Portuguese and German. Each entry names its source: a public repository, path and commit
 * for real texts, "written" for texts and traps written here (Spanish "te", "q" in product
 * codes, French "BCP" as a company, units, booking keywords). Scored with the file's language
 * as the template locale, and again with the language guessed from the text.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectAll } from '@smslint/core';
import { emptyScore, locateLabels, maskPlaceholders, precision, recall, scoreEntry, type CorpusEntry, type Score } from '../corpus.js';
import { THRESHOLD } from '../corpus-suite.js';

const dir = dirname(fileURLToPath(import.meta.url));
const DETECTORS = ['textSpeak', 'optOut'] as const;
type Source = 'written' | { repo: string; path: string; commit: string };

for (const language of ['es', 'fr', 'pt', 'de']) {
  const rows = JSON.parse(readFileSync(join(dir, `${language}.json`), 'utf8')) as Array<{ id: string; text: string; source: Source; textSpeak: string[]; optOut: string[] }>;
  const entries: CorpusEntry[] = rows.map((r) => ({ file: `${language}.json`, id: r.id, text: r.text, labels: { textSpeak: r.textSpeak, optOut: r.optOut } }));

  describe(`${language} labelled corpus`, () => {
    it('has real cited texts, written traps, unique ids and locatable labels', () => {
      expect(rows.length).toBeGreaterThanOrEqual(24);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      const real = rows.filter((r) => r.source !== 'written');
      expect(real.length).toBeGreaterThanOrEqual(5);
      for (const r of real) expect(r.source).toMatchObject({ repo: expect.stringMatching(/^[\w.-]+\/[\w.-]+$/), path: expect.any(String), commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
      expect(rows.filter((r) => r.id.includes('trap')).length).toBeGreaterThanOrEqual(8);
      for (const e of entries) for (const d of DETECTORS) expect(() => locateLabels(e.text, e.labels[d] ?? [])).not.toThrow();
    });

    for (const mode of ['locale', 'guessed'] as const) {
      const scores = Object.fromEntries(DETECTORS.map((d) => [d, emptyScore()])) as Record<(typeof DETECTORS)[number], Score>;
      for (const entry of entries) {
        const detections = detectAll(maskPlaceholders(entry.text), mode === 'locale' ? { textSpeak: { language } } : {});
        for (const d of DETECTORS) scoreEntry(scores[d], d, entry, detections);
      }
      it(`${mode}: text speak and opt-out precision and recall are at least ${THRESHOLD}`, () => {
        const table = DETECTORS.map((d) => `${language} ${mode.padEnd(7)} ${d.padEnd(10)} P=${precision(scores[d]).toFixed(3)} (${scores[d].truePositives}/${scores[d].predictions})  R=${recall(scores[d]).toFixed(3)} (${scores[d].found}/${scores[d].labels})`);
        console.log([...table, ...DETECTORS.flatMap((d) => [...scores[d].falsePositives.map((f) => `  FP ${d} ${f}`), ...scores[d].falseNegatives.map((f) => `  FN ${d} ${f}`)])].join('\n'));
        for (const d of DETECTORS) {
          expect(scores[d].labels).toBeGreaterThan(0);
          expect(precision(scores[d])).toBeGreaterThanOrEqual(THRESHOLD);
          expect(recall(scores[d])).toBeGreaterThanOrEqual(THRESHOLD);
        }
      });
    }
  });
}
