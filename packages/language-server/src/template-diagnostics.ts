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
import { diffTexts, type Finding, type LineIndex, type Template } from '@smslint/core';
import type { Diagnostic } from 'vscode-languageserver/node';
import { toDiagnostic } from './diagnostics.js';
import { encodedDiagnostics } from './diagnostics-encoding.js';

/** One part of the text and what it was converted to last time. */
interface Part {
  /** Where the part starts in the text it was converted from, and that offset's line and column. */
  start: number;
  line: number;
  character: number;
  /**
   * Length of the text the positions depend on: the part, any finding reaching past it, and
   * one character more (a CR's line break depends on the character after it).
   */
  span: number;
  /** The findings converted, and the part's start in the text they were found in. */
  findings: Finding[];
  findingsBase: number;
  diagnostics: Diagnostic[];
  /** The diagnostics' JSON joined by commas (UTF-8). */
  json: Buffer;
}

/** Same findings at the same places relative to their part's start (what a diagnostic shows). */
function sameFindings(a: readonly Finding[], aStart: number, all: readonly Finding[], from: number, to: number, bStart: number): boolean {
  if (a.length !== to - from) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = all[from + i];
    if (x === y && aStart === bStart) continue;
    if (
      x.range.start - aStart !== y.range.start - bStart ||
      x.range.end - aStart !== y.range.end - bStart ||
      x.ruleId !== y.ruleId ||
      x.severity !== y.severity ||
      x.message !== y.message ||
      x.docsUrl !== y.docsUrl
    ) {
      return false;
    }
  }
  return true;
}

/** Findings `findings[from, to)` belong to the part text[start, end). */
function spanOf(start: number, end: number, findings: readonly Finding[], from: number, to: number, textLength: number): number {
  let last = end;
  for (let i = from; i < to; i++) if (findings[i].range.end > last) last = findings[i].range.end;
  return Math.min(textLength, last + 1) - start;
}

export class TemplateDiagnostics {
  private text = '';
  private parts: Part[] = [];

  /**
   * Diagnostics for `findings` (sorted by position, as lint returns them) of `text`, in the
   * same order as `findings`. `templates` are the parsed templates (where parts start).
   */
  update(text: string, index: LineIndex, templates: readonly Template[], findings: readonly Finding[]): Diagnostic[] {
    const edit = this.parts.length > 0 ? diffTexts(this.text, text) : null;
    const previous = this.parts;
    const parts: Part[] = [];
    const diagnostics: Diagnostic[] = [];
    const chunks: Buffer[] = [];
    let next = 0; // next finding to place
    let old = 0; // search position in `previous` (parts keep their order)
    const boundaries = partStarts(templates, text.length);
    const lineStarts = index.lineStarts;
    let line = 0;
    for (let p = 0; p < boundaries.length; p++) {
      const start = boundaries[p];
      const end = p + 1 < boundaries.length ? boundaries[p + 1] : text.length;
      const first = next;
      // The last part takes every finding left (also any beyond the text, clamped by LineIndex).
      while (next < findings.length && (p + 1 === boundaries.length || findings[next].range.start < end)) next++;
      const span = spanOf(start, end, findings, first, next, text.length);
      // Parts go forward, so the line search does too (LineIndex.positionAt without the allocation).
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= start) line++;
      const character = start - lineStarts[line];
      let part: Part | undefined;
      const oldStart = edit ? edit.toOld(start, start + span) : null;
      if (oldStart !== null) {
        while (old < previous.length && previous[old].start < oldStart) old++;
        const candidate = previous[old];
        if (
          candidate &&
          candidate.start === oldStart &&
          candidate.span === span &&
          candidate.line === line &&
          candidate.character === character &&
          sameFindings(candidate.findings, candidate.findingsBase, findings, first, next, start)
        ) {
          // Moved along with the text; `previous` is not read again.
          part = candidate;
          part.start = start;
          old++;
        }
      }
      if (!part) {
        const group = findings.slice(first, next);
        const converted = group.map((finding) => toDiagnostic(finding, index));
        part = { start, line, character, span, findings: group, findingsBase: start, diagnostics: converted, json: Buffer.from(converted.map((d) => JSON.stringify(d)).join(','), 'utf8') };
      }
      parts.push(part);
      for (const diagnostic of part.diagnostics) diagnostics.push(diagnostic);
      if (part.diagnostics.length > 0) chunks.push(part.json);
    }
    this.text = text;
    this.parts = parts;
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
