/**
 * The vitest suite every labelled corpus runs: size and label sanity, a printed precision /
 * recall table (with every false positive and negative), and a failing test per detector
 * below the threshold. Scoring itself lives in corpus.ts (no vitest there), so a hidden
 * corpus can be scored the same way outside the suite.
 */
import { describe, expect, it } from 'vitest';
import { detectAll } from '@smslint/core';
import { DETECTORS, emptyScore, loadCorpus, locateLabels, maskPlaceholders, precision, recall, scoreEntry, type DetectorName, type Score } from './corpus.js';

/** Precision and recall every detector must reach on every corpus (issue: ≥ 0.95). */
export const THRESHOLD = 0.95;

export function describeCorpus(title: string, dir: string, minTexts: number): void {
  const corpus = loadCorpus(dir);

  describe(`${title} labelled SMS corpus`, () => {
    it(`has at least ${minTexts} texts with unique ids and locatable labels`, () => {
      expect(corpus.length).toBeGreaterThanOrEqual(minTexts);
      expect(new Set(corpus.map((e) => e.id)).size).toBe(corpus.length);
      for (const entry of corpus) for (const d of DETECTORS) expect(() => locateLabels(entry.text, entry.labels[d] ?? [])).not.toThrow();
    });

    const scores = Object.fromEntries(DETECTORS.map((d) => [d, emptyScore()])) as Record<DetectorName, Score>;
    for (const entry of corpus) {
      const detections = detectAll(maskPlaceholders(entry.text));
      for (const d of DETECTORS) scoreEntry(scores[d], d, entry, detections);
    }

    it('prints the precision / recall table', () => {
      const rows = DETECTORS.map((d) => {
        const s = scores[d];
        return `${d.padEnd(15)} P=${precision(s).toFixed(3)} (${s.truePositives}/${s.predictions})  R=${recall(s).toFixed(3)} (${s.found}/${s.labels})`;
      });
      console.log(`${title} corpus: ${corpus.length} texts\n${rows.join('\n')}`);
      for (const d of DETECTORS) {
        const s = scores[d];
        if (s.falsePositives.length) console.log(`${d} false positives:\n  ${s.falsePositives.join('\n  ')}`);
        if (s.falseNegatives.length) console.log(`${d} false negatives:\n  ${s.falseNegatives.join('\n  ')}`);
      }
      expect(rows).toHaveLength(DETECTORS.length);
    });

    for (const d of DETECTORS) {
      it(`${d}: precision and recall are at least ${THRESHOLD}`, () => {
        expect(scores[d].labels).toBeGreaterThan(0);
        expect(precision(scores[d])).toBeGreaterThanOrEqual(THRESHOLD);
        expect(recall(scores[d])).toBeGreaterThanOrEqual(THRESHOLD);
      });
    }
  });
}
