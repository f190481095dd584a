/**
 * gettext `.po` catalogs. A small located reader (gettext-parser gives values but no
 * offsets; a property test keeps the two in agreement): each entry's msgstr (each
 * msgstr[n] of a plural entry) is a template; its key is [msgctxt?, msgid] (+ [n] for
 * plural forms). The header entry (msgid ""), untranslated entries (empty msgstr) and
 * obsolete `#~` entries are skipped: nothing of theirs is sent as written.
 */
import type { ParseProblem } from '../template/types.js';
import { StringMapBuilder } from './string-map.js';
import type { SourceFormat, SourceReadResult, SourceString } from './types.js';

const PO_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?', "'": "'" };
const PO_ENCODE: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '"': '\\"', '\\': '\\\\', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' };

/** A quoted PO string "…" at text[start]; returns its decoded map and the offset after it. */
function readQuoted(text: string, start: number, out: StringMapBuilder): number | undefined {
  if (text[start] !== '"') return undefined;
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') return i + 1;
    if (ch === '\n' || ch === '\r') return undefined;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next !== undefined && next in PO_ESCAPES) {
        out.push(PO_ESCAPES[next], i, i + 2);
        i += 2;
      } else if (next !== undefined && /[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1, i + 4))![0];
        out.push(String.fromCharCode(parseInt(octal, 8)), i, i + 1 + octal.length);
        i += 1 + octal.length;
      } else if (next === 'x' && /[0-9a-fA-F]/.test(text[i + 2] ?? '')) {
        const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2, i + 4))![0];
        out.push(String.fromCharCode(parseInt(hex, 16)), i, i + 2 + hex.length);
        i += 2 + hex.length;
      } else return undefined;
    } else {
      out.verbatim(ch, i);
      i++;
    }
  }
  return undefined;
}

interface Field {
  keyword: string;
  map: StringMapBuilder;
  /** First opening quote to the last closing quote. */
  start: number;
  end: number;
}

interface Entry {
  fields: Field[];
  obsolete: boolean;
}

/** Splits the catalog into entries of keyword fields with their string continuations. */
function readEntries(text: string, problems: ParseProblem[]): Entry[] {
  const entries: Entry[] = [];
  let current: Entry | null = null;
  let field: Field | null = null;
  const lineRe = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let match: RegExpExecArray | null;
  while ((match = lineRe.exec(text)) && match[0].length > 0) {
    const lineStart = match.index;
    const line = match[0].replace(/[\r\n]+$/, '');
    const trimmed = line.trimStart();
    const at = lineStart + (line.length - trimmed.length);
    const problem = (message: string) => problems.push({ code: 'source-po', message, range: { start: at, end: lineStart + line.length }, severity: 'error' });
    if (trimmed === '') {
      field = null;
      current = null;
    } else if (trimmed.startsWith('#')) {
      field = null;
      if (current && current.fields.length > 0) current = null; // a comment after fields starts the next entry
      if (trimmed.startsWith('#~')) (current ??= pushEntry(entries)).obsolete = true;
    } else if (trimmed.startsWith('"')) {
      if (!field) {
        problem('Invalid .po: a string continuation line outside an entry');
        continue;
      }
      const after = readQuoted(text, at, field.map);
      if (after === undefined || text.slice(after, lineStart + line.length).trim() !== '') problem('Invalid .po: unterminated or malformed string');
      else field.end = after;
    } else {
      const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+/.exec(trimmed);
      if (!keyword) {
        problem(`Invalid .po: unexpected "${trimmed.slice(0, 20)}"`);
        field = null;
        continue;
      }
      const startsEntry =
        !current || (current.fields.length > 0 && (keyword[1] === 'msgctxt' || (keyword[1] === 'msgid' && current.fields.some((f) => f.keyword === 'msgid'))));
      if (startsEntry || !current) current = pushEntry(entries);
      const quote = at + keyword[0].length;
      const map = new StringMapBuilder();
      const after = readQuoted(text, quote, map);
      if (after === undefined || text.slice(after, lineStart + line.length).trim() !== '') {
        problem(`Invalid .po: ${keyword[1]} needs a quoted string`);
        field = null;
        continue;
      }
      field = { keyword: keyword[1], map, start: quote, end: after };
      current.fields.push(field);
    }
  }
  return entries;
}

function pushEntry(entries: Entry[]): Entry {
  const entry: Entry = { fields: [], obsolete: false };
  entries.push(entry);
  return entry;
}

export const poSourceFormat: SourceFormat = {
  id: 'po',
  read(text: string): SourceReadResult {
    const problems: ParseProblem[] = [];
    const strings: SourceString[] = [];
    for (const entry of readEntries(text, problems)) {
      if (entry.obsolete) continue;
      const get = (name: string) => entry.fields.find((f) => f.keyword === name);
      const msgid = get('msgid');
      if (!msgid || msgid.map.value === '') continue;
      const context = get('msgctxt');
      const base = context ? [context.map.value, msgid.map.value] : [msgid.map.value];
      const plural = !!get('msgid_plural');
      for (const field of entry.fields) {
        const form = /^msgstr(?:\[(\d+)\])?$/.exec(field.keyword);
        if (!form || field.map.value === '') continue;
        const key = plural && form[1] !== undefined ? [...base, form[1]] : base;
        strings.push({
          key,
          value: field.map.value,
          style: 'po',
          token: { start: field.start, end: field.end },
          rewrite: { start: field.start, end: field.end },
          unitStarts: field.map.unitStarts,
          unitEnds: field.map.unitEnds,
          end: field.end - 1, // before the last closing quote
          exact: true,
        });
      }
    }
    return { strings, problems };
  },
  escapeFragment(value) {
    // Other control characters as three-digit octal escapes (msgfmt reads them; a digit after stays a digit).
    return value.replace(/[\u0000-\u001f"\\]/g, (c) => PO_ENCODE[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
  },
  encodeWhole(value, string) {
    const fragment = poSourceFormat.escapeFragment(value, string);
    return fragment === undefined ? undefined : `"${fragment}"`;
  },
  decodeToken(token) {
    // A msgstr value: one or more quoted strings separated by line breaks and blanks.
    const out = new StringMapBuilder();
    let i = 0;
    while (i < token.length) {
      if (/[\s]/.test(token[i])) {
        i++;
        continue;
      }
      const after = readQuoted(token, i, out);
      if (after === undefined) return undefined;
      i = after;
    }
    return out.value;
  },
};
