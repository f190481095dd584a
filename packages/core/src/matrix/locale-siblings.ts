/**
 * The files that hold the other translations of a file, for the editor's locale comparison:
 * `templates/es/orders.sms.md` ↔ `templates/orders.sms.md`, `templates/fr/orders.sms.md`;
 * `config/locales/es.yml` ↔ `config/locales/en.yml`; `public/locales/fr/translation.json`
 * ↔ `public/locales/de/translation.json`. Only folders next to the file are listed.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { localeFromPath } from '../template/locale.js';

/** Entries read per folder at most: a locale folder never holds more. */
const MAX_ENTRIES = 500;

function list(folder: string): string[] {
  try {
    return readdirSync(folder).slice(0, MAX_ENTRIES);
  } catch {
    return [];
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const baseOf = (path: string) => (localeFromPath(path)?.base ?? path).split('\\').join('/');

/** Absolute paths of the other files with the same base (`localeFromPath`), sorted; never throws. */
export function localeSiblings(path: string): string[] {
  const own = baseOf(path);
  const folder = dirname(path);
  const candidates = new Set<string>();
  // Same folder: es.yml ↔ en.yml, devise.es.yml ↔ devise.en.yml, es.sms.md ↔ fr.sms.md.
  for (const name of list(folder)) candidates.add(join(folder, name));
  // Locale folders: the file's own folder is one (templates/es/x) or holds them (templates/x).
  const name = path.slice(folder.length + 1);
  // A file named "x" in the folder has a locale only when the folder itself is a locale folder.
  const inLocaleFolder = localeFromPath(join(folder, 'x')) !== undefined;
  const parent = inLocaleFolder ? dirname(folder) : folder;
  if (inLocaleFolder) candidates.add(join(parent, name));
  for (const sub of list(parent)) candidates.add(join(parent, sub, name));
  candidates.delete(path);
  return [...candidates].filter((c) => baseOf(c) === own && isFile(c)).sort();
}
