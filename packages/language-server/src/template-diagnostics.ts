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
import { diffTexts, shiftFinding, type FindingRuns, type LineIndex, type Template } from '@smslint/core';
import type { Diagnostic } from 'vscode-languageserver/node';
import { toDiagnostic } from './diagnostics.js';
import { encodedDiagnostics } from './diagnostics-encoding.js';

/**
 * The parts of one pass, column by column (flat arrays, not an object per part and finding):
 * the next pass compares its parts with these, and reading 2,000 parts' scattered objects
 * from older passes cost more than the comparison itself.
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
  /** Part p's findings are entries from[p] to from[p + 1] of the columns below. */
  from: Int32Array;
  /** Finding ranges relative to their part's start, and what else a diagnostic shows. */
  relativeStart: Int32Array;
  relativeEnd: Int32Array;
  ruleId: string[];
  severity: string[];
  message: string[];
  docsUrl: string[];
  diagnostics: Diagnostic[][];
  /** Each part's diagnostics' JSON joined by commas (UTF-8). */
  json: Buffer[];
}

/** Does old part q of `a` show what new part p of `b` shows? */
function samePart(a: PartTable, q: number, b: PartTable, p: number): boolean {
  if (a.span[q] !== b.span[p] || a.line[q] !== b.line[p] || a.character[q] !== b.character[p]) return false;
  const count = b.from[p + 1] - b.from[p];
  if (a.from[q + 1] - a.from[q] !== count) return false;
  for (let i = 0, x = a.from[q], y = b.from[p]; i < count; i++, x++, y++) {
    if (
      a.relativeStart[x] !== b.relativeStart[y] ||
      a.relativeEnd[x] !== b.relativeEnd[y] ||
      a.ruleId[x] !== b.ruleId[y] ||
      a.severity[x] !== b.severity[y] ||
      a.message[x] !== b.message[y] ||
      a.docsUrl[x] !== b.docsUrl[y]
    ) {
      return false;
    }
  }
  return true;
}

function emptyTable(parts: number, findings: number): PartTable {
  return {
    start: new Int32Array(parts),
    line: new Int32Array(parts),
    character: new Int32Array(parts),
    span: new Int32Array(parts),
    from: new Int32Array(parts + 1),
    relativeStart: new Int32Array(findings),
    relativeEnd: new Int32Array(findings),
    ruleId: new Array<string>(findings),
    severity: new Array<string>(findings),
    message: new Array<string>(findings),
    docsUrl: new Array<string>(findings),
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
    const table = emptyTable(boundaries.length, total);
    const diagnostics: Diagnostic[] = [];
    const chunks: Buffer[] = [];
    const lineStarts = index.lineStarts;
    let line = 0;
    let next = 0; // next finding to place (index over all runs)
    let r = 0; // its run
    let k = 0; // and its index in that run
    while (r < lists.length && lists[r].length === 0) r++;
    let old = 0; // search position in `previous` (parts keep their order)
    for (let p = 0; p < boundaries.length; p++) {
      const start = boundaries[p];
      const end = p + 1 < boundaries.length ? boundaries[p + 1] : text.length;
      table.start[p] = start;
      table.from[p] = next;
      // The last part takes every finding left (also any beyond the text, clamped by LineIndex).
      let last = end;
      const firstRun = r;
      const firstInRun = k;
      const lastPart = p + 1 === boundaries.length;
      while (r < lists.length) {
        const list = lists[r];
        const base = bases[r];
        for (; k < list.length; k++) {
          const finding = list[k];
          const findingStart = finding.range.start + base;
          if (!lastPart && findingStart >= end) break;
          const findingEnd = finding.range.end + base;
          table.relativeStart[next] = findingStart - start;
          table.relativeEnd[next] = findingEnd - start;
          table.ruleId[next] = finding.ruleId;
          table.severity[next] = finding.severity;
          table.message[next] = finding.message;
          table.docsUrl[next] = finding.docsUrl;
          if (findingEnd > last) last = findingEnd;
          next++;
        }
        if (k < list.length) break; // the rest of this run belongs to later parts
        k = 0;
        do r++;
        while (r < lists.length && lists[r].length === 0);
      }
      table.from[p + 1] = next;
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
        for (let i = table.from[p], x = firstRun, y = firstInRun; i < next; i++) {
          converted.push(toDiagnostic(shiftFinding(lists[x][y], bases[x]), index));
          if (++y === lists[x].length) {
            y = 0;
            do x++;
            while (x < lists.length && lists[x].length === 0);
          }
        }
        table.diagnostics[p] = converted;
        table.json[p] = Buffer.from(converted.map((d) => JSON.stringify(d)).join(','), 'utf8');
      }
      const own = table.diagnostics[p];
      for (let i = 0; i < own.length; i++) diagnostics.push(own[i]);
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
