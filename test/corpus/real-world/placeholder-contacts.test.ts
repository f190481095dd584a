/**
 * Issue 12's placeholder P/R table on the real-world corpus: links and phones behind
 * placeholders must reach precision ≥ 0.95 and recall ≥ 0.9.
 */
import { describe, expect, it } from 'vitest';
import { precisionOf, recallOf, scoreOneTimeCodes, scorePlaceholderContacts } from './placeholder-contacts.js';
import { loadRealWorldCorpus } from './real-world-corpus.js';

const corpus = loadRealWorldCorpus().map(({ entry }) => entry);
const PRECISION = 0.95;
const RECALL = 0.9;

describe('real-world corpus: links and phones behind placeholders', () => {
  const scores = scorePlaceholderContacts(corpus);

  it('prints the precision / recall table', () => {
    const rows = (['links', 'phones'] as const).map((key) => {
      const s = scores[key];
      return `${key.padEnd(8)} P=${precisionOf(s).toFixed(3)} (${s.truePositives}/${s.predictions})  R=${recallOf(s).toFixed(3)} (${s.truePositives}/${s.labels})`;
    });
    console.log(`real-world corpus: ${corpus.length} templates, placeholders as links / phones\n${rows.join('\n')}`);
    for (const key of ['links', 'phones'] as const) {
      if (scores[key].falsePositives.length) console.log(`${key} false positives:\n  ${scores[key].falsePositives.join('\n  ')}`);
      if (scores[key].falseNegatives.length) console.log(`${key} false negatives:\n  ${scores[key].falseNegatives.join('\n  ')}`);
    }
    expect(corpus.length).toBeGreaterThanOrEqual(200);
  });

  for (const key of ['links', 'phones'] as const) {
    it(`${key}: precision ≥ ${PRECISION}, recall ≥ ${RECALL}`, () => {
      expect(scores[key].labels).toBeGreaterThan(0);
      expect(precisionOf(scores[key])).toBeGreaterThanOrEqual(PRECISION);
      expect(recallOf(scores[key])).toBeGreaterThanOrEqual(RECALL);
    });
  }
});

describe('real-world corpus: one-time codes (no opt-out, HELP or redirect needed)', () => {
  it(`precision ≥ ${PRECISION}, recall ≥ ${RECALL}`, () => {
    const s = scoreOneTimeCodes(corpus);
    console.log(`one-time codes P=${precisionOf(s).toFixed(3)} (${s.truePositives}/${s.predictions})  R=${recallOf(s).toFixed(3)} (${s.truePositives}/${s.labels})`);
    if (s.falsePositives.length) console.log(`false positives: ${s.falsePositives.join(', ')}`);
    if (s.falseNegatives.length) console.log(`false negatives: ${s.falseNegatives.join(', ')}`);
    expect(s.labels).toBeGreaterThan(0);
    expect(precisionOf(s)).toBeGreaterThanOrEqual(PRECISION);
    expect(recallOf(s)).toBeGreaterThanOrEqual(RECALL);
  });
});
