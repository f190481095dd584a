/**
 * A document's diagnostics, kept per template between lint passes so that a keystroke
 * costs its template, not the document.
 *
 * The text is cut into parts at template starts (the part before the first template holds
 * front matter and documentation). A part whose text did not change, that still starts at
 * the same line and column, and whose findings are the same relative to its start has the
 * same diagnostics as last time: those objects and their JSON are re-used as they are. A
 * keystroke inside a line moves no template to another line, so only the edited template's
 * part is converted again; a new line re-converts the parts below it (cheap: no lint).
 * The JSON goes to the wire through diagnostics-encoding.ts without being encoded again.
 */
import { diffTexts, shiftFinding, type Finding, type FindingRuns, type LineIndex, type Template } from '@smslint/core';
import type { Diagnostic } from 'vscode-languageserver/node';
import { toDiagnostic } from './diagnostics.js';
import { encodedDiagnostics } from './diagnostics-encoding.js';

/**
 * The parts of one pass, column by column (flat arrays, not an object per part): the next
 * pass compares its parts with these. A part's findings are kept as slices of the lint's
 * runs (the list, which entries, and the offset from the part's start to the run's base),
 * not copied: a template the keystroke did not touch comes back from the lint cache as the
 * same list, so its part is recognised by identity, without reading its findings.
 */
interface PartTable {
  /** Where each part starts in the text it was converted from, and that offset's line and column. */
  start: Int32Array;
  line: Int32Array;
  character: Int32Array;
  /**
   * Length of the text the positions depend on: the part, any finding reaching past it, and
   * one character more (a CR's line break depends on the character after it).
   */
  span: Int32Array;
  /** Part p's findings are the slices from[p] to from[p + 1] of the columns below. */
  from: Int32Array;
  /** Slice s is entries low[s] to high[s] of list[s], whose ranges plus shift[s] are relative to the part's start. */
  list: (readonly Finding[])[];
  low: Int32Array;
  high: Int32Array;
  shift: Int32Array;
  diagnostics: Diagnostic[][];
  /** Each part's diagnostics' JSON joined by commas (UTF-8). */
  json: Buffer[];
}

/** Does old part q of `a` show what new part p of `b` shows? */
function samePart(a: PartTable, q: number, b: PartTable, p: number): boolean {
  if (a.span[q] !== b.span[p] || a.line[q] !== b.line[p] || a.character[q] !== b.character[p]) return false;
  const aFrom = a.from[q];
  const aTo = a.from[q + 1];
  const bFrom = b.from[p];
  const bTo = b.from[p + 1];
  if (aTo - aFrom === bTo - bFrom) {
    let identical = true;
    for (let x = aFrom, y = bFrom; x < aTo; x++, y++) {
      if (a.list[x] !== b.list[y] || a.low[x] !== b.low[y] || a.high[x] !== b.high[y] || a.shift[x] !== b.shift[y]) {
        identical = false;
        break;
      }
    }
    if (identical) return true;
  }
  return sameFindings(a, aFrom, aTo, b, bFrom, bTo);
}

/** Do slices aFrom…aTo of `a` and bFrom…bTo of `b` hold equal findings (relative to their parts) in the same order? */
function sameFindings(a: PartTable, aFrom: number, aTo: number, b: PartTable, bFrom: number, bTo: number): boolean {
  let x = aFrom;
  let i = x < aTo ? a.low[x] : 0;
  let y = bFrom;
  let j = y < bTo ? b.low[y] : 0;
  for (;;) {
    while (x < aTo && i === a.high[x]) if (++x < aTo) i = a.low[x];
    while (y < bTo && j === b.high[y]) if (++y < bTo) j = b.low[y];
    if (x === aTo || y === bTo) return x === aTo && y === bTo;
    const f = a.list[x][i++];
    const g = b.list[y][j++];
    if (
      f.range.start + a.shift[x] !== g.range.start + b.shift[y] ||
      f.range.end + a.shift[x] !== g.range.end + b.shift[y] ||
      f.ruleId !== g.ruleId ||
      f.severity !== g.severity ||
      f.message !== g.message ||
      f.docsUrl !== g.docsUrl
    ) {
      return false;
    }
  }
}

function emptyTable(parts: number, slices: number): PartTable {
  return {
    start: new Int32Array(parts),
    line: new Int32Array(parts),
    character: new Int32Array(parts),
    span: new Int32Array(parts),
    from: new Int32Array(parts + 1),
    list: new Array<readonly Finding[]>(slices),
    low: new Int32Array(slices),
    high: new Int32Array(slices),
    shift: new Int32Array(slices),
    diagnostics: new Array<Diagnostic[]>(parts),
    json: new Array<Buffer>(parts),
  };
}

export class TemplateDiagnostics {
  private text = '';
  private table: PartTable | null = null;

  /**
   * Diagnostics for the findings of `runs` (in lint's order, each run's ranges relative to
   * its base: see core's finding-runs.ts) of `text`, in the same order. `templates` are the
   * parsed templates (where parts start). Only converted parts' findings are moved to
   * absolute offsets.
   */
  update(text: string, index: LineIndex, templates: readonly Template[], runs: FindingRuns): Diagnostic[] {
    const { bases, lists } = runs;
    let total = 0;
    for (const list of lists) total += list.length;
    const previous = this.table;
    const edit = previous ? diffTexts(this.text, text) : null;
    const boundaries = partStarts(templates, text.length);
    // A run lies in one part or is cut where parts start: at most one slice per run and part boundary.
    const table = emptyTable(boundaries.length, lists.length + boundaries.length);
    const diagnostics = new Array<Diagnostic>(total);
    let placed = 0;
    const chunks: Buffer[] = [];
    const lineStarts = index.lineStarts;
    let line = 0;
    let slice = 0;
    let r = 0; // the next finding to place is entry k of run r
    let k = 0;
    let old = 0; // search position in `previous` (parts keep their order)
    for (let p = 0; p < boundaries.length; p++) {
      const start = boundaries[p];
      const end = p + 1 < boundaries.length ? boundaries[p + 1] : text.length;
      table.start[p] = start;
      table.from[p] = slice;
      // The last part takes every finding left (also any beyond the text, clamped by LineIndex).
      let last = end;
      const lastPart = p + 1 === boundaries.length;
      while (r < lists.length) {
        const list = lists[r];
        const base = bases[r];
        const low = k;
        for (; k < list.length; k++) {
          const range = list[k].range;
          if (!lastPart && range.start + base >= end) break;
          if (range.end + base > last) last = range.end + base;
        }
        if (k > low) {
          table.list[slice] = list;
          table.low[slice] = low;
          table.high[slice] = k;
          table.shift[slice] = base - start;
          slice++;
        }
        if (k < list.length) break; // the rest of this run belongs to later parts
        k = 0;
        r++;
      }
      table.from[p + 1] = slice;
      const span = Math.min(text.length, last + 1) - start;
      table.span[p] = span;
      // Parts go forward, so the line search does too (LineIndex.positionAt without the allocation).
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= start) line++;
      table.line[p] = line;
      table.character[p] = start - lineStarts[line];
      const oldStart = edit ? edit.toOld(start, start + span) : null;
      let reused = false;
      if (previous && oldStart !== null) {
        while (old < previous.start.length && previous.start[old] < oldStart) old++;
        if (old < previous.start.length && previous.start[old] === oldStart && samePart(previous, old, table, p)) {
          table.diagnostics[p] = previous.diagnostics[old];
          table.json[p] = previous.json[old];
          reused = true;
        }
      }
      if (!reused) {
        const converted: Diagnostic[] = [];
        for (let s = table.from[p]; s < slice; s++) {
          const list = table.list[s];
          const base = table.shift[s] + start;
          for (let i = table.low[s]; i < table.high[s]; i++) converted.push(toDiagnostic(shiftFinding(list[i], base), index));
        }
        table.diagnostics[p] = converted;
        table.json[p] = Buffer.from(converted.map((d) => JSON.stringify(d)).join(','), 'utf8');
      }
      const own = table.diagnostics[p];
      for (let i = 0; i < own.length; i++) diagnostics[placed++] = own[i];
      if (own.length > 0) chunks.push(table.json[p]);
    }
    this.text = text;
    this.table = table;
    return encodedDiagnostics(diagnostics, chunks);
  }
}

/** Offsets where parts start: 0, then each template start that lies further on. */
function partStarts(templates: readonly Template[], length: number): number[] {
  const starts = [0];
  for (const template of templates) {
    const start = template.range.start;
    if (start > starts[starts.length - 1] && start < length) starts.push(start);
  }
  return starts;
}
