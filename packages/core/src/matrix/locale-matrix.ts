/**
 * The locale matrix: every template × locale with its cost and what its translation changes
 * against the reference locale (the source locale): a flip to UCS-2, the segment budget,
 * opt-out or HELP wording the reference has, placeholders missing or added, and locales of
 * the same file group that miss the template.
 */
import { findHelpInstructions } from '../detect/help-instruction.js';
import { findOptOuts } from '../detect/opt-out.js';
import { countSegments } from '../encoding/count-segments.js';
import { templateSegmentRange } from '../template/segment-range.js';
import { collectVariableUses } from '../rules/variables.js';
import type { SegmentDriver, Template } from '../template/types.js';
import type { LocaleMatrix, MatrixCell, MatrixEntry, MatrixFlag, MatrixRow } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Placeholders by name, each as first written ("{{name}}", "%{name}"). */
function placeholders(template: Template): Map<string, string> {
  const out = new Map<string, string>();
  const start = template.body.range.start;
  for (const use of collectVariableUses(template.body.nodes)) {
    if (use.rendered && !out.has(use.name)) out.set(use.name, template.body.source.slice(use.range.start - start, use.range.end - start));
  }
  return out;
}

function driverText(driver: SegmentDriver | undefined): string | null {
  if (!driver) return null;
  return driver.kind === 'character' ? `"${driver.name}": ${driver.detail}` : `${driver.name}: ${driver.detail}`;
}

type WorkCell = MatrixCell & { names: Map<string, string>; firstUcs2: string | null };

function cellOf(entry: MatrixEntry): WorkCell {
  const range = templateSegmentRange(entry.template, entry.segmentOptions);
  // The character that makes the text itself UCS-2, named in the flip flag.
  const note = range.min.encoding === 'UCS-2' ? countSegments(range.minText, entry.segmentOptions.countOptions).ucs2Characters[0] : undefined;
  const masked = entry.template.body.masked;
  const names = placeholders(entry.template);
  return {
    locale: entry.locale,
    file: entry.file,
    range: entry.range,
    encoding: range.min.encoding,
    worstEncoding: range.max.encoding,
    segments: { min: range.min.segments, max: range.max.segments },
    driver: driverText(range.maxDrivers[0]),
    maxSegments: entry.maxSegments,
    optOut: findOptOuts(masked).length > 0,
    help: findHelpInstructions(masked).length > 0,
    placeholders: [...names.values()],
    flags: [],
    names,
    firstUcs2: note ? `"${note.char}" (U+${note.codePoint.toString(16).toUpperCase().padStart(4, '0')})` : null,
  };
}

function compare(cell: WorkCell, reference: WorkCell | undefined, referenceLocale: string): MatrixFlag[] {
  const flags: MatrixFlag[] = [];
  if (cell.segments.max > cell.maxSegments) {
    flags.push({ kind: 'over-budget', message: `${plural(cell.segments.max, 'segment')} in the worst case, over the budget of ${cell.maxSegments}` });
  }
  if (!reference || reference === cell) return flags;
  if (cell.encoding === 'UCS-2' && reference.encoding === 'GSM-7') {
    flags.push({ kind: 'flips-to-ucs2', message: `UCS-2 where ${referenceLocale} is GSM-7${cell.firstUcs2 ? `: ${cell.firstUcs2}` : ''}` });
  }
  if (reference.optOut && !cell.optOut) flags.push({ kind: 'missing-opt-out', message: `no opt-out instruction; ${referenceLocale} has one` });
  if (reference.help && !cell.help) flags.push({ kind: 'missing-help', message: `no HELP instruction or support contact; ${referenceLocale} has one` });
  const missing = [...reference.names].filter(([name]) => !cell.names.has(name)).map(([, raw]) => raw);
  const added = [...cell.names].filter(([name]) => !reference.names.has(name)).map(([, raw]) => raw);
  if (missing.length > 0 || added.length > 0) {
    const parts = [...(missing.length ? [`misses ${missing.join(', ')}`] : []), ...(added.length ? [`adds ${added.join(', ')}`] : [])];
    flags.push({ kind: 'placeholders-differ', message: `placeholders differ from ${referenceLocale}: ${parts.join('; ')}` });
  }
  return flags;
}

export interface LocaleMatrixOptions {
  /** The locale translations are compared with (default "en"). */
  sourceLocale?: string;
}

/** Rows sorted by file group and id; a group's locales are the locales any of its files has. */
export function buildLocaleMatrix(entries: readonly MatrixEntry[], options: LocaleMatrixOptions = {}): LocaleMatrix {
  const sourceLocale = options.sourceLocale ?? 'en';
  const groupLocales = new Map<string, Set<string>>();
  const rows = new Map<string, Map<string, MatrixEntry>>();
  for (const entry of entries) {
    let locales = groupLocales.get(entry.base);
    if (!locales) groupLocales.set(entry.base, (locales = new Set()));
    locales.add(entry.locale);
    const key = `${entry.base}\u0000${entry.id}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = new Map()));
    // The first entry of a locale wins; a duplicate id is duplicate-template-id's to report.
    if (!row.has(entry.locale)) row.set(entry.locale, entry);
  }
  const allLocales = new Set<string>();
  for (const locales of groupLocales.values()) for (const l of locales) allLocales.add(l);
  const ordered = [...allLocales].sort((a, b) => (a === sourceLocale ? -1 : b === sourceLocale ? 1 : a.localeCompare(b)));

  const out: MatrixRow[] = [];
  const keys = [...rows.keys()].sort();
  for (const key of keys) {
    const row = rows.get(key)!;
    const first = row.values().next().value as MatrixEntry;
    const locales = ordered.filter((l) => groupLocales.get(first.base)!.has(l));
    const cellsByLocale = new Map([...row].map(([locale, entry]) => [locale, cellOf(entry)]));
    const reference = row.has(sourceLocale) ? sourceLocale : locales.find((l) => row.has(l))!;
    const referenceCell = cellsByLocale.get(reference);
    const cells: Record<string, MatrixCell | null> = {};
    const flags: MatrixRow['flags'] = [];
    for (const locale of locales) {
      const cell = cellsByLocale.get(locale);
      if (!cell) {
        cells[locale] = null;
        flags.push({ locale, kind: 'missing-template', message: `${locale} misses this template` });
        continue;
      }
      cell.flags = compare(cell, referenceCell, reference);
      for (const flag of cell.flags) flags.push({ locale, ...flag });
      const { names: _names, firstUcs2: _first, ...plain } = cell;
      cells[locale] = plain;
    }
    out.push({ base: first.base, id: first.id, reference, cells, flags });
  }
  return { sourceLocale, locales: ordered, rows: out };
}

/**
 * How the other locales of a row compare with `locale`, one phrase each, in the worst case:
 * "es: 3 segments UCS-2 (+2)", "fr: missing". For hovers and code lenses.
 */
export function compareLocales(row: MatrixRow, locale: string): string[] {
  const own = row.cells[locale];
  const out: string[] = [];
  for (const [other, cell] of Object.entries(row.cells)) {
    if (other === locale) continue;
    if (!cell) {
      out.push(`${other}: missing`);
      continue;
    }
    const delta = own ? cell.segments.max - own.segments.max : 0;
    const diff = own && delta !== 0 ? ` (${delta > 0 ? '+' : ''}${delta})` : '';
    out.push(`${other}: ${plural(cell.segments.max, 'segment')} ${cell.worstEncoding}${diff}`);
  }
  return out;
}
