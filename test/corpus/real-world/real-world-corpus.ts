/**
 * Loads the real-world SMS template corpus (test/corpus/real-world/*.json, see README.md for
 * the label definitions) so scorers and the shape test read it the same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REAL_WORLD_DIR = dirname(fileURLToPath(import.meta.url));

export const DIALECTS = ['handlebars', 'rails', 'icu', 'printf', 'jinja', 'liquid', 'notify', 'go', 'other'] as const;
export const PLACEHOLDER_TYPES = ['url', 'phone', 'email', 'digits', 'number', 'money', 'date', 'time', 'name', 'text'] as const;
export const KINDS = ['support', 'transactional', 'marketing', 'otp'] as const;

/** One placeholder occurrence; `start` is its UTF-16 offset in the entry's text. */
export interface RealWorldPlaceholder {
  text: string;
  start: number;
  name: string;
  type: (typeof PLACEHOLDER_TYPES)[number];
  isLink: boolean;
  isPhone: boolean;
  isEmail: boolean;
}

export interface RealWorldEntry {
  id: string;
  text: string;
  dialect: (typeof DIALECTS)[number];
  /** The file the entry is in, without `.json`. */
  domain: string;
  source: { repo: string; path: string; commit: string };
  labels: {
    placeholders: RealWorldPlaceholder[];
    links: string[];
    phones: string[];
    emails: string[];
    optOut: boolean;
    help: boolean;
    oneTimeCode: boolean;
    textSpeak: string[];
    callbackOffer: boolean;
    kind: (typeof KINDS)[number];
  };
}

/** Every entry of every corpus file, files in name order, entries in file order. */
export function loadRealWorldCorpus(dir: string = REAL_WORLD_DIR): Array<{ file: string; entry: RealWorldEntry }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => (JSON.parse(readFileSync(join(dir, file), 'utf8')) as RealWorldEntry[]).map((entry) => ({ file, entry })));
}
