/**
 * The real-world template corpus (test/corpus/real-world/*.json) for scripts and tests:
 * loading, and each entry's text with its labelled placeholders written as Handlebars
 * mustaches of their variable names. The corpus holds many placeholder dialects; reading
 * each dialect is the dialect modules' job, so measurements of what smslint makes of a
 * placeholder once read start from this Handlebars form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../../test/corpus/real-world/', import.meta.url));

/** @returns {any[]} every entry of every corpus file, files in name order */
export function loadRealWorld(dir = CORPUS_DIR) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
}

/** A Handlebars path for a labelled variable name: "#{short_link}" → short_link, "1" → arg1. */
export function mustacheName(name) {
  const path = name
    .replace(/^[#$:]?\{?|\}$/g, '')
    .replace(/[^A-Za-z0-9_.]+/g, '_')
    .replace(/^[._]+|[._]+$/g, '')
    .replace(/\.{2,}/g, '.');
  return /^[A-Za-z_]/.test(path) ? path : `arg${path || 'x'}`;
}

/** Unlabelled control tags of other dialects ("{% if %}", "{{ end }}") are not sent: dropped. */
const CONTROL_TAG = /\{%[\s\S]*?%\}|\{\{-?\s*(?:if|else|end|range|with|endif|endfor|for)\b[^}]*\}\}/g;

/**
 * The entry's text with each labelled placeholder as `{{name}}` (`{{{name}}}` when written
 * so), and the offset of each placeholder label in that text (label order).
 * @returns {{ text: string, offsets: Array<number | undefined> }}
 */
export function asHandlebars(entry) {
  const labels = entry.labels.placeholders.map((p, i) => ({ p, i })).sort((a, b) => a.p.start - b.p.start);
  const offsets = new Array(labels.length);
  let text = '';
  let from = 0;
  const literal = (chunk) => (entry.dialect === 'handlebars' ? chunk : chunk.replace(CONTROL_TAG, ''));
  for (const { p, i } of labels) {
    if (p.start < from) continue; // overlapping labels: keep the first
    text += literal(entry.text.slice(from, p.start));
    offsets[i] = text.length;
    const name = mustacheName(p.name);
    text += p.text.startsWith('{{{') ? `{{{${name}}}}` : `{{${name}}}`;
    from = p.start + p.text.length;
  }
  text += literal(entry.text.slice(from));
  return { text, offsets };
}
