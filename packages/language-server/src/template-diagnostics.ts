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
 * What a keystroke costs besides follows the edit, not the catalog: an untouched template's
 * findings come back from the lint cache as the same list, which is recognised by identity
 * (its findings are not read), and the kept parts' diagnostics and JSON are copied from the
 * previous pass in whole runs (one array slice and one byte copy per run of kept parts).
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
  /**
   * The slice's first and last findings' starts and its findings' largest end, as in the
   * list (relative to the run's base): a run that comes back as the same list is placed in
   * its part without reading its findings again.
   */
  firstStart: Int32Array;
  lastStart: Int32Array;
  maxEnd: Int32Array;
  /** How many slices are filled. */
  slices: number;
  /** Part p's diagnostics are all[at[p]] to all[at[p + 1]]. */
  at: Int32Array;
  all: Diagnostic[];
  /**
   * Part p's diagnostics' JSON, each followed by a comma (UTF-8), is bytes[byteAt[p]] to
   * bytes[byteAt[p + 1]]: the parts a keystroke left alone are copied in whole runs. `bytes`
   * is one of two buffers the passes take turns writing (see TemplateDiagnostics.buffers).
   */
  byteAt: Int32Array;
  bytes: Buffer;
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
    if (f === g && a.shift[x] === b.shift[y]) continue;
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
    firstStart: new Int32Array(slices),
    lastStart: new Int32Array(slices),
    maxEnd: new Int32Array(slices),
    slices: 0,
    at: new Int32Array(parts + 1),
    all: [],
    byteAt: new Int32Array(parts + 1),
    bytes: EMPTY,
  };
}

export class TemplateDiagnostics {
  private text = '';
  private table: PartTable | null = null;
  /**
   * Two buffers for the parts' JSON, written by turns: each pass copies what it keeps from
   * the previous pass's buffer into the other one, so a keystroke allocates only its
   * converted parts' JSON strings, not the whole list's bytes (0.7 MB on the bench catalog,
   * external memory that V8 counts towards starting a full collection).
   */
  private readonly buffers: [Buffer, Buffer] = [EMPTY, EMPTY];
  private passes = 0;

  /**
   * Diagnostics for the findings of `runs` (in lint's order, each run's ranges relative to
   * its base: see core's finding-runs.ts) of `text`, in the same order. `templates` are the
   * parsed templates (where parts start). Only converted parts' findings are moved to
   * absolute offsets.
   */
  update(text: string, index: LineIndex, templates: readonly Template[], runs: FindingRuns): Diagnostic[] {
    const { bases, lists } = runs;
    const previous = this.table;
    const edit = previous ? diffTexts(this.text, text) : null;
    const boundaries = partStarts(templates, text.length);
    // A run lies in one part or is cut where parts start: at most one slice per run and part boundary.
    const table = emptyTable(boundaries.length, lists.length + boundaries.length);
    // The result is built from runs of the previous pass's arrays (parts kept as they were) and converted parts.
    const diagnosticPieces: Diagnostic[][] = [];
    // Runs of kept bytes (old start, end) and converted parts' JSON, in order; written at the end.
    const byteRuns: number[] = [];
    const byteJson: string[] = [];
    const byteKinds: boolean[] = []; // true: a kept run (the next two of byteRuns), false: the next of byteJson
    let count = 0;
    let byteCount = 0;
    let keepFrom = 0; // previous parts keepFrom to keepTo are kept, not yet added to the pieces
    let keepTo = 0;
    const flush = () => {
      if (keepTo > keepFrom) {
        diagnosticPieces.push(previous!.all.slice(previous!.at[keepFrom], previous!.at[keepTo]));
        byteRuns.push(previous!.byteAt[keepFrom], previous!.byteAt[keepTo]);
        byteKinds.push(true);
      }
      keepFrom = keepTo = 0;
    };
    const lineStarts = index.lineStarts;
    let line = 0;
    let slice = 0;
    let r = 0; // the next finding to place is entry k of run r
    let k = 0;
    let old = 0; // search position in `previous` (parts keep their order)
    let oldSlice = 0; // and in its slices (runs keep their order too)
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
        let firstStart = 0;
        let lastStart = 0;
        let maxEnd = -1;
        const known = k === 0 && previous ? wholeSlice(previous, oldSlice, list) : -1;
        if (known >= 0 && !lastPart && previous!.firstStart[known] + base >= end) break; // the run starts in a later part
        if (known >= 0 && (lastPart || previous!.lastStart[known] + base < end)) {
          // The same list as last time, wholly in this part (findings are in order of start).
          oldSlice = known + 1;
          k = list.length;
          firstStart = previous!.firstStart[known];
          lastStart = previous!.lastStart[known];
          maxEnd = previous!.maxEnd[known];
        } else {
          for (; k < list.length; k++) {
            const range = list[k].range;
            if (!lastPart && range.start + base >= end) break;
            if (k === low) firstStart = range.start;
            lastStart = range.start;
            if (range.end > maxEnd) maxEnd = range.end;
          }
        }
        if (k > low) {
          if (maxEnd + base > last) last = maxEnd + base;
          table.list[slice] = list;
          table.low[slice] = low;
          table.high[slice] = k;
          table.shift[slice] = base - start;
          table.firstStart[slice] = firstStart;
          table.lastStart[slice] = lastStart;
          table.maxEnd[slice] = maxEnd;
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
      table.at[p] = count;
      table.byteAt[p] = byteCount;
      let reused = false;
      if (previous && oldStart !== null) {
        while (old < previous.start.length && previous.start[old] < oldStart) old++;
        if (old < previous.start.length && previous.start[old] === oldStart && samePart(previous, old, table, p)) {
          if (old !== keepTo || keepTo === keepFrom) {
            flush();
            keepFrom = old;
          }
          keepTo = old + 1;
          count += previous.at[old + 1] - previous.at[old];
          byteCount += previous.byteAt[old + 1] - previous.byteAt[old];
          reused = true;
        }
      }
      if (!reused) {
        flush();
        const converted: Diagnostic[] = [];
        for (let s = table.from[p]; s < slice; s++) {
          const list = table.list[s];
          const base = table.shift[s] + start;
          for (let i = table.low[s]; i < table.high[s]; i++) converted.push(toDiagnostic(shiftFinding(list[i], base), index));
        }
        if (converted.length > 0) {
          const json = converted.map((d) => JSON.stringify(d) + ',').join('');
          diagnosticPieces.push(converted);
          byteJson.push(json);
          byteKinds.push(false);
          count += converted.length;
          byteCount += Buffer.byteLength(json, 'utf8');
        }
      }
    }
    flush();
    table.at[boundaries.length] = count;
    table.byteAt[boundaries.length] = byteCount;
    table.slices = slice;
    table.all = joinArrays(diagnosticPieces);
    // The buffer the previous pass did not write (it is read from); the one before wrote it.
    const turn = previous && previous.bytes === this.buffers[0] ? 1 : 0;
    let bytes = this.buffers[turn];
    if (bytes.length < byteCount) bytes = this.buffers[turn] = Buffer.allocUnsafe(byteCount + (byteCount >> 3));
    // Counted first: a message still waiting for the writer never reads a half-written buffer.
    const pass = ++this.passes;
    let at = 0;
    for (let i = 0, run = 0, json = 0; i < byteKinds.length; i++) {
      if (byteKinds[i]) {
        at += previous!.bytes.copy(bytes, at, byteRuns[run], byteRuns[run + 1]);
        run += 2;
      } else {
        at += bytes.write(byteJson[json++], at, 'utf8');
      }
    }
    table.bytes = bytes;
    this.text = text;
    this.table = table;
    // A copy goes out (the table's array must stay as it is); the JSON without the last comma,
    // good until the pass after next writes over this buffer.
    const chunks = byteCount > 0 ? [bytes.subarray(0, byteCount - 1)] : [];
    return encodedDiagnostics(table.all.slice(), chunks, () => this.passes <= pass + 1);
  }
}

const EMPTY = Buffer.alloc(0);

/** The arrays' elements in order, in one new array. */
function joinArrays<T>(pieces: T[][]): T[] {
  if (pieces.length === 1) return pieces[0];
  // concat copies whole arrays natively; in batches, as a call takes only so many arguments.
  let joined: T[] = [];
  for (let i = 0; i < pieces.length; i += 1024) joined = joined.concat(...pieces.slice(i, i + 1024));
  return joined;
}

/** How far ahead of the cursor a run's list is looked for among the previous pass's slices. */
const LOOK_AHEAD = 4;

/**
 * The previous pass's slice, at `from` or a few after it, that held all of `list`, or -1.
 * Near the edit a new list takes an old one's place, so the cursor moves only on a match.
 */
function wholeSlice(previous: PartTable, from: number, list: readonly Finding[]): number {
  const to = Math.min(previous.slices, from + LOOK_AHEAD);
  for (let s = from; s < to; s++) {
    if (previous.list[s] === list) return previous.low[s] === 0 && previous.high[s] === list.length ? s : -1;
  }
  return -1;
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
