/**
 * Loads the labelled SMS corpus (test/corpus/*.json) and scores the detectors against it.
 * Span-level scoring: a prediction is a true positive when it overlaps a labelled span of
 * the same detector (text speak: and has the same token text). Labels are strings located
 * in the text in order of appearance.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectMatch, Detections } from '@smslint/core';

export const DETECTORS = ['textSpeak', 'optOut', 'links', 'phones', 'callbackOffers', 'shouting'] as const;
export type DetectorName = (typeof DETECTORS)[number];

export interface CorpusEntry {
  file: string;
  id: string;
  text: string;
  labels: Partial<Record<DetectorName, string[]>>;
}

export function loadCorpus(dir = dirname(fileURLToPath(import.meta.url))): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const rows = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Array<Record<string, unknown>>;
    for (const row of rows) {
      const labels: CorpusEntry['labels'] = {};
      for (const d of DETECTORS) if (Array.isArray(row[d])) labels[d] = row[d] as string[];
      entries.push({ file, id: String(row.id), text: String(row.text), labels });
    }
  }
  return entries;
}

/** What the template module does: every `{{…}}` mustache becomes U+FFFC of equal length. */
export function maskPlaceholders(text: string): string {
  return text.replace(/\{\{\{?[^{}]*\}?\}\}/g, (m) => '\uFFFC'.repeat(m.length));
}

/** Label strings → spans, each searched after the previous occurrence of the same string. */
export function locateLabels(text: string, labels: readonly string[]): DetectMatch[] {
  const next = new Map<string, number>();
  return labels.map((label) => {
    const from = next.get(label) ?? 0;
    const start = findWhole(text, label, from);
    if (start < 0) throw new Error(`label "${label}" not found in "${text}"`);
    next.set(label, start + label.length);
    return { text: label, start, end: start + label.length };
  });
}

/** First occurrence not glued to letters/digits on either side ("u" is not the u in "out"). */
function findWhole(text: string, label: string, from: number): number {
  const edge = /[\p{L}\p{N}]/u;
  for (let i = text.indexOf(label, from); i >= 0; i = text.indexOf(label, i + 1)) {
    const before = text[i - 1];
    const after = text[i + label.length];
    const glue = (c: string | undefined) => c !== undefined && (edge.test(c) || '/-&_@'.includes(c));
    const gluedBefore = glue(before) && edge.test(label[0]!);
    const gluedAfter = glue(after) && edge.test(label[label.length - 1]!);
    if (!gluedBefore && !gluedAfter) return i;
  }
  return text.indexOf(label, from);
}

export interface Score {
  truePositives: number;
  predictions: number;
  labels: number;
  found: number;
  falsePositives: string[];
  falseNegatives: string[];
}

export function emptyScore(): Score {
  return { truePositives: 0, predictions: 0, labels: 0, found: 0, falsePositives: [], falseNegatives: [] };
}

/** Score one text for one detector. Unlabelled detectors of an entry expect no findings. */
export function scoreEntry(score: Score, detector: DetectorName, entry: CorpusEntry, detections: Detections): void {
  const gold = locateLabels(entry.text, entry.labels[detector] ?? []);
  const predicted: DetectMatch[] = detections[detector];
  const sameToken = (p: DetectMatch, g: DetectMatch) => detector !== 'textSpeak' || p.text === g.text;
  const overlaps = (p: DetectMatch, g: DetectMatch) => p.start < g.end && g.start < p.end && sameToken(p, g);
  score.predictions += predicted.length;
  score.labels += gold.length;
  for (const p of predicted) {
    if (gold.some((g) => overlaps(p, g))) score.truePositives++;
    else score.falsePositives.push(`${entry.id}: "${p.text}"`);
  }
  for (const g of gold) {
    if (predicted.some((p) => overlaps(p, g))) score.found++;
    else score.falseNegatives.push(`${entry.id}: "${g.text}"`);
  }
}

export function precision(s: Score): number {
  return s.predictions === 0 ? 1 : s.truePositives / s.predictions;
}
export function recall(s: Score): number {
  return s.labels === 0 ? 1 : s.found / s.labels;
}
