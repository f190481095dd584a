/**
 * Validates the shape of the real-world template corpus (test/corpus/real-world/*.json):
 * every entry names its public source (repository, path, 40-hex commit), every label is
 * well formed, and every labelled placeholder, link, phone, email and text-speak token is an
 * exact substring of the text, so a scorer can locate it. README.md defines the labels.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALECTS, KINDS, PLACEHOLDER_TYPES as TYPES, loadRealWorldCorpus } from './real-world-corpus.js';

/** Issue 12 asks for at least 200 real templates. */
const MIN_ENTRIES = 200;

const ENTRY_KEYS = ['id', 'text', 'dialect', 'source', 'domain', 'labels'];
const LABEL_KEYS = ['placeholders', 'links', 'phones', 'emails', 'optOut', 'help', 'oneTimeCode', 'textSpeak', 'callbackOffer', 'kind'];
const PLACEHOLDER_KEYS = ['text', 'start', 'name', 'type', 'isLink', 'isPhone', 'isEmail'];

const entries = loadRealWorldCorpus();

const sorted = (keys: string[]) => [...keys].sort();

describe('real-world template corpus', () => {
  it(`holds at least ${MIN_ENTRIES} templates with unique ids and texts`, () => {
    expect(entries.length).toBeGreaterThanOrEqual(MIN_ENTRIES);
    const ids = entries.map(({ entry }) => entry.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const texts = entries.map(({ entry }) => entry.text);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });

  it.each(entries.map(({ file, entry }) => [entry.id, file, entry] as const))('%s is well formed', (_id, file, e) => {
    expect(sorted(Object.keys(e))).toEqual(sorted(ENTRY_KEYS));
    expect(e.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(typeof e.text).toBe('string');
    expect(e.text.trim().length).toBeGreaterThan(0);
    expect(DIALECTS as readonly string[]).toContain(e.dialect);
    expect(e.domain).toBe(basename(file, '.json'));

    expect(sorted(Object.keys(e.source))).toEqual(['commit', 'path', 'repo']);
    expect(e.source.repo).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/);
    expect(e.source.path.length).toBeGreaterThan(0);
    expect(e.source.commit).toMatch(/^[0-9a-f]{40}$/);

    const l = e.labels;
    expect(sorted(Object.keys(l))).toEqual(sorted(LABEL_KEYS));
    for (const flag of ['optOut', 'help', 'oneTimeCode', 'callbackOffer'] as const) expect(typeof l[flag]).toBe('boolean');
    expect(KINDS as readonly string[]).toContain(l.kind);
    // A one-time code message is its own kind, and only it.
    expect(l.kind === 'otp').toBe(l.oneTimeCode);

    // One label per occurrence, in text order, at its exact offset (UTF-16, as JS strings index).
    let end = 0;
    for (const p of l.placeholders) {
      expect(sorted(Object.keys(p))).toEqual(sorted(PLACEHOLDER_KEYS));
      expect(Number.isInteger(p.start)).toBe(true);
      expect(p.start).toBeGreaterThanOrEqual(end);
      expect(e.text.slice(p.start, p.start + p.text.length)).toBe(p.text);
      end = p.start + p.text.length;
      expect(p.name.length).toBeGreaterThan(0);
      expect(TYPES as readonly string[]).toContain(p.type);
      expect(p.isLink).toBe(p.type === 'url');
      expect(p.isPhone).toBe(p.type === 'phone');
      expect(p.isEmail).toBe(p.type === 'email');
    }
    // Every occurrence of a labelled placeholder is labelled.
    for (const t of new Set(l.placeholders.map((p) => p.text))) {
      expect(l.placeholders.filter((p) => p.text === t).length).toBe(e.text.split(t).length - 1);
    }
    for (const group of [l.links, l.phones, l.emails, l.textSpeak]) {
      expect(Array.isArray(group)).toBe(true);
      for (const s of group) {
        expect(typeof s).toBe('string');
        expect(e.text).toContain(s);
      }
    }
  });
});
