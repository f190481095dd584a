/**
 * Scoring of links and phone numbers behind placeholders on the real-world corpus (no vitest
 * here, so other corpora can be scored the same way). Each labelled placeholder is rewritten
 * as a Handlebars mustache of its variable name (bench/real-world/corpus.js), the text goes
 * through parseTemplateFile and placeholderFacts, and a placeholder counts as predicted a
 * link / phone when the facts list it among `links` / `phones`.
 */
import { isOneTimeMessage, parseTemplateFile, placeholderFacts } from '@smslint/core';
import { asHandlebars as rewrite } from '../../../bench/real-world/corpus.js';
import type { RealWorldEntry } from './real-world-corpus.js';

export const asHandlebars = (entry: RealWorldEntry): { text: string; offsets: Array<number | undefined> } => rewrite(entry);

export interface ContactScore {
  labels: number;
  predictions: number;
  truePositives: number;
  falsePositives: string[];
  falseNegatives: string[];
}

const empty = (): ContactScore => ({ labels: 0, predictions: 0, truePositives: 0, falsePositives: [], falseNegatives: [] });

/** Precision / recall of links and phones behind placeholders, over every labelled placeholder occurrence. */
export function scorePlaceholderContacts(corpus: readonly RealWorldEntry[]): { links: ContactScore; phones: ContactScore } {
  const scores = { links: empty(), phones: empty() };
  for (const entry of corpus) {
    const { text, offsets } = asHandlebars(entry);
    const template = parseTemplateFile(text, `${entry.id}.sms`).templates[0];
    const facts = template ? placeholderFacts(template, { sources: [] }) : { links: [], phones: [] };
    entry.labels.placeholders.forEach((label, i) => {
      const at = offsets[i];
      if (at === undefined) return;
      for (const [key, expected, found] of [
        ['links', label.isLink, facts.links.some((l) => l.start === at)],
        ['phones', label.isPhone, facts.phones.some((p) => p.start === at)],
      ] as const) {
        const score = scores[key];
        const where = `${entry.id}: ${label.text} (${label.type})`;
        if (expected) score.labels++;
        if (found) score.predictions++;
        if (expected && found) score.truePositives++;
        else if (found) score.falsePositives.push(where);
        else if (expected) score.falseNegatives.push(where);
      }
    });
  }
  return scores;
}

export const precisionOf = (s: ContactScore) => (s.predictions === 0 ? 1 : s.truePositives / s.predictions);
export const recallOf = (s: ContactScore) => (s.labels === 0 ? 1 : s.truePositives / s.labels);

/** Precision / recall of the one-time-code recognition (opt-out, HELP and redirect exemptions) against `labels.oneTimeCode`. */
export function scoreOneTimeCodes(corpus: readonly RealWorldEntry[]): ContactScore {
  const score = empty();
  for (const entry of corpus) {
    const template = parseTemplateFile(asHandlebars(entry).text, `${entry.id}.sms`).templates[0];
    const found = template ? isOneTimeMessage(template, { sources: [] }) : false;
    const expected = entry.labels.oneTimeCode;
    if (expected) score.labels++;
    if (found) score.predictions++;
    if (expected && found) score.truePositives++;
    else if (found) score.falsePositives.push(entry.id);
    else if (expected) score.falseNegatives.push(entry.id);
  }
  return score;
}
