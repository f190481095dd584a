/**
 * Scoring of links and phone numbers behind placeholders on the real-world corpus (no vitest
 * here, so bench/real-world scripts and other corpora can reuse it). Each labelled placeholder
 * is rewritten as a Handlebars mustache of its variable name (the corpus holds many dialects;
 * reading each dialect is the dialect modules' job, this measures what the placeholder facts
 * make of a placeholder once read), the text goes through parseTemplateFile and
 * placeholderFacts, and a placeholder counts as predicted a link / phone when the facts list
 * it among `links` / `phones`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplateFile, placeholderFacts } from '@smslint/core';

export interface LabelledPlaceholder {
  text: string;
  start: number;
  name: string;
  type: string;
  isLink: boolean;
  isPhone: boolean;
  isEmail: boolean;
}

export interface RealWorldEntry {
  id: string;
  text: string;
  dialect: string;
  domain: string;
  source: { repo: string; path: string; commit: string };
  labels: {
    placeholders: LabelledPlaceholder[];
    links: string[];
    phones: string[];
    emails: string[];
    optOut: boolean;
    help: boolean;
    oneTimeCode: boolean;
    textSpeak: string[];
    callbackOffer: boolean;
    kind: string;
  };
}

export function loadRealWorld(dir: string): RealWorldEntry[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RealWorldEntry[]);
}

/** A Handlebars path for a labelled variable name: "#{short_link}" → short_link, "1" → arg1. */
export function mustacheName(name: string): string {
  const path = name.replace(/^[#$:]?\{?|\}$/g, '').replace(/[^A-Za-z0-9_.]+/g, '_').replace(/^[._]+|[._]+$/g, '').replace(/\.{2,}/g, '.');
  return /^[A-Za-z_]/.test(path) ? path : `arg${path || 'x'}`;
}

/** Unlabelled control tags of other dialects ("{% if %}", "{{ end }}") are not sent: dropped. */
const CONTROL_TAG = /\{%[\s\S]*?%\}|\{\{-?\s*(?:if|else|end|range|with|endif|endfor|for)\b[^}]*\}\}/g;

export interface Rewritten {
  text: string;
  /** Offset of each labelled placeholder in `text`, in label order. */
  offsets: number[];
}

/** The entry's text with each labelled placeholder as `{{name}}` (`{{{name}}}` when written so). */
export function asHandlebars(entry: RealWorldEntry): Rewritten {
  const labels = [...entry.labels.placeholders].map((p, i) => ({ p, i })).sort((a, b) => a.p.start - b.p.start);
  const offsets: number[] = new Array(labels.length);
  let text = '';
  let from = 0;
  const literal = (chunk: string) => (entry.dialect === 'handlebars' ? chunk : chunk.replace(CONTROL_TAG, ''));
  for (const { p, i } of labels) {
    if (p.start < from) continue; // overlapping labels: keep the first
    text += literal(entry.text.slice(from, p.start));
    offsets[i] = text.length;
    const triple = p.text.startsWith('{{{');
    text += triple ? `{{{${mustacheName(p.name)}}}}` : `{{${mustacheName(p.name)}}}`;
    from = p.start + p.text.length;
  }
  text += literal(entry.text.slice(from));
  return { text, offsets };
}

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
