import { DIALECTS } from './dialects/registry.js';
import { scanAll } from './dialects/scan-all.js';
import type { Dialect, DialectId } from './dialects/types.js';
import type { Template } from './types.js';

/**
 * Placeholder syntaxes of template languages smslint has no dialect for, seen in real
 * SMS templates: sent as written in any dialect. (Vocabulary as data: add a line.)
 */
const OTHER_SYNTAXES: ReadonlyArray<{ title: string; pattern: RegExp }> = [
  // Odoo QWeb/mako, JavaScript template literals, FreeMarker, Velocity.
  { title: '${…} (Odoo, FreeMarker, JavaScript template literals)', pattern: /\$\{[^{}\n]{1,60}\}/g },
  // Mail-merge style markers (Frappe/ERPNext print formats, Word merge fields).
  { title: '<<…>> (mail merge)', pattern: /<<[^<>\n]{1,40}>>/g },
  // Moodle language strings: {$a} and {$a->field}.
  { title: '{$a->…} (Moodle language strings)', pattern: /\{\$a(?:->\w+)?\}/g },
];

/** What each dialect's `scan` and each syntax above needs in the text (kept in step with them; tested). */
const MAY_HOLD_PLACEHOLDERS = /[{%$]|\(\(|<</;

/** A construct of another placeholder syntax in a template's literal text. */
export interface ForeignPlaceholder {
  /** Document range. */
  start: number;
  end: number;
  text: string;
  /** Dialects that read it (set `placeholders` to one of them); [] for syntaxes smslint has no dialect for. */
  dialects: DialectId[];
  /** The syntax, when no dialect reads it. */
  syntax?: string;
}

/**
 * Placeholder-looking constructs in the template's literal text (its `masked` body, so its
 * own placeholders are already out) that belong to another dialect or to a syntax smslint
 * does not read. Overlapping finds are merged: each construct is reported once.
 */
export function foreignPlaceholders(template: Template, own: Dialect): ForeignPlaceholder[] {
  const { masked, range } = template.body;
  // Every syntax above starts with "{", "%", "((" , "<<" or "$": most bodies have none.
  if (!MAY_HOLD_PLACEHOLDERS.test(masked)) return [];
  const found: ForeignPlaceholder[] = [];
  for (const dialect of Object.values(DIALECTS)) {
    if (dialect.id === own.id) continue;
    for (const match of dialect.scan(masked)) {
      found.push({ start: range.start + match.start, end: range.start + match.end, text: masked.slice(match.start, match.end), dialects: [dialect.id] });
    }
  }
  for (const { title, pattern } of OTHER_SYNTAXES) {
    for (const match of scanAll(pattern, masked)) {
      found.push({ start: range.start + match.start, end: range.start + match.end, text: masked.slice(match.start, match.end), dialects: [], syntax: title });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: ForeignPlaceholder[] = [];
  for (const item of found) {
    const last = merged[merged.length - 1];
    if (last && item.start < last.end) {
      for (const id of item.dialects) if (!last.dialects.includes(id)) last.dialects.push(id);
      continue;
    }
    merged.push({ ...item, dialects: [...item.dialects] });
  }
  return merged;
}
