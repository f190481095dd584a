/**
 * A template's locale: front matter or template metadata `locale` (a Rails file's top-level
 * key), then the file's path (`es.yml`, `devise.es.yml`, `locales/es/…`, `templates/es/…`),
 * then the config's `locale` (with glob `overrides`). Unknown stays undefined: the text's
 * language decides.
 */

/** Folders whose direct sub-folders are named by locale: `locales/es/`, `templates/pt-BR/`. */
const LOCALE_PARENTS = new Set(['locales', 'locale', 'lang', 'langs', 'i18n', 'l10n', 'translations', 'messages', 'templates', 'sms']);
/** Locale file extensions that may carry the locale before them: `devise.es.yml`, `common.fr.json`. */
const LOCALE_FILE = /\.(?:ya?ml|json|po)$/i;
/** A two-letter language with an optional region or script, as written in paths: es, pt-BR, pt_BR, zh-Hant. */
const PATH_LOCALE = /^([a-z]{2})(?:[-_]([A-Za-z]{2}|[A-Z][a-z]{3}|\d{3}))?$/;

let displayNames: Intl.DisplayNames | null | undefined;
function languageNames(): Intl.DisplayNames | null {
  if (displayNames === undefined) {
    try {
      displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    } catch {
      displayNames = null;
    }
  }
  return displayNames;
}

/** The English name of a language ("Spanish" for "es"); undefined for a code that is none, or a runtime without names. */
export function languageName(code: string): string | undefined {
  try {
    return languageNames()?.of(code);
  } catch {
    return undefined; // a malformed code
  }
}

/** A real ISO 639-1 language ("es", "it"), not a word that looks like one ("do", "go", "us"). */
function isLanguage(code: string): boolean {
  return languageNames() ? languageName(code) !== undefined : true;
}

/** `pt_BR` → `pt-BR`, or undefined when `text` is not a locale as paths write it. */
function pathLocale(text: string): string | undefined {
  const m = PATH_LOCALE.exec(text);
  if (!m || !isLanguage(m[1]!)) return undefined;
  return m[2] ? `${m[1]}-${m[2]}` : m[1];
}

export interface PathLocale {
  locale: string;
  /**
   * The path with the locale taken out (`templates/es/orders.sms.md` → `templates/orders.sms.md`)
   * or replaced by `*` when it names the file (`config/locales/devise.es.yml` →
   * `config/locales/devise.*.yml`): the translations of one catalog share it.
   */
  base: string;
}

/** The last path asked about: every template of a file asks with the same path. */
let lastPath: string | undefined;
let lastLocale: PathLocale | undefined;

/** The locale a file's path names, if any (nearest to the file name wins). */
export function localeFromPath(path: string): PathLocale | undefined {
  if (path !== lastPath) {
    lastLocale = readPathLocale(path);
    lastPath = path;
  }
  return lastLocale && { ...lastLocale };
}

function readPathLocale(path: string): PathLocale | undefined {
  const parts = path.split(/[\\/]/);
  const name = parts[parts.length - 1] ?? '';
  const stem = name.split('.')[0] ?? '';
  const fromStem = pathLocale(stem);
  if (fromStem) return { locale: fromStem, base: [...parts.slice(0, -1), `*${name.slice(stem.length)}`].join('/') };
  if (LOCALE_FILE.test(name)) {
    const pieces = name.split('.');
    const infix = pieces.length >= 3 ? pathLocale(pieces[pieces.length - 2]!) : undefined;
    if (infix) return { locale: infix, base: [...parts.slice(0, -1), [...pieces.slice(0, -2), '*', pieces[pieces.length - 1]].join('.')].join('/') };
  }
  for (let i = parts.length - 2; i >= 1; i--) {
    if (!LOCALE_PARENTS.has(parts[i - 1]!.toLowerCase())) continue;
    const locale = pathLocale(parts[i]!);
    if (locale) return { locale, base: [...parts.slice(0, i), ...parts.slice(i + 1)].join('/') };
  }
  return undefined;
}

/** The first well-formed locale among the candidates, in priority order. */
export function resolveLocale(...candidates: unknown[]): string | undefined {
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim();
  }
  return undefined;
}
