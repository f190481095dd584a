/**
 * The preview of a rendered message: its text split into segments, with the characters
 * that force UCS-2 marked. Pure (no `vscode` import); src/preview-html.ts turns it into
 * HTML and src/preview-panel.ts shows it in a webview.
 */
import type { SegmentBudget } from './segment-budget.js';
import { describeDriver } from './segment-drivers.js';
import type { TemplateInfo } from './template-info.js';

export interface PreviewRun {
  /** Text as sent (already LF-normalised by the server). */
  text: string;
  /** 'ucs2': a character that forces UCS-2; 'text': anything else. */
  kind: 'text' | 'ucs2';
  /** For 'ucs2' runs: "U+2019 RIGHT SINGLE QUOTATION MARK" and the suggested replacement. */
  title?: string;
  /** For 'ucs2' runs whose character is invisible (NBSP, zero-width space, …): what to show. */
  label?: string;
}

export interface PreviewSegment {
  /** 1-based. */
  index: number;
  /** Septets (GSM-7) or UTF-16 units (UCS-2) used in this segment. */
  units: number;
  capacity: number;
  runs: PreviewRun[];
}

export interface PreviewModel {
  templateId: string;
  encoding: TemplateInfo['encoding'];
  /** e.g. "GSM-7 · 2 segments · 187/306 septets". */
  summary: string;
  /** Where the variable values come from: "declared samples" or a data file's path. */
  dataSource: string;
  /** Problems rendering with that data (e.g. a partial shown as a placeholder). */
  renderProblems: string[];
  segments: PreviewSegment[];
  /** "1–3 segments with other variable values", when the range is wider than the sample. */
  rangeNote?: string;
  /** What drives the maximum, e.g. "{{name}}: no maxLength declared". */
  maxDrivers: string[];
  /** The segment-budget finding's message when the template can exceed its budget. */
  overBudget?: string;
  /** "Cost: 0.0152 USD per message, 304.80 USD per month", when the config has pricing. */
  cost?: string;
  /** The worst case's fit: "Worst case: 4 characters over 1 segment: remove 4". */
  fit?: string;
}

/**
 * GSM-7 extension table: each costs an escape septet plus its code (sms-facts.md §1,
 * "Extension table"). The server's count also accounts for national shift tables when
 * configured; per-segment figures here use the default alphabet.
 */
const GSM_EXTENSION = new Set(['\f', '^', '{', '}', '\\', '[', '~', ']', '|', '€']);

function segmentUnits(text: string, encoding: TemplateInfo['encoding']): number {
  if (encoding === 'UCS-2') return text.length;
  let units = 0;
  for (const char of text) units += GSM_EXTENSION.has(char) ? 2 : 1;
  return units;
}

function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function ucs2Run(text: string, note: TemplateInfo['ucs2Characters'][number]): PreviewRun {
  const code = codePointLabel(note.codePoint);
  let title = note.name ? `${code} ${note.name}` : code;
  if (note.replacement !== undefined) {
    title += note.replacement === '' ? ' (delete it to stay in GSM-7)' : ` (use "${note.replacement}" to stay in GSM-7)`;
  }
  title += ' forces UCS-2';
  const invisible = /^[\s\p{Cf}\p{Cc}]+$/u.test(text);
  return invisible ? { text, kind: 'ucs2', title, label: code } : { text, kind: 'ucs2', title };
}

/** Splits one segment's slice into plain and UCS-2 runs. Offsets are into previewText. */
function segmentRuns(info: TemplateInfo, start: number, end: number): PreviewRun[] {
  const runs: PreviewRun[] = [];
  let cursor = start;
  for (const note of info.ucs2Characters) {
    const noteEnd = note.previewOffset + note.char.length;
    if (noteEnd <= start || note.previewOffset >= end) continue;
    const from = Math.max(note.previewOffset, cursor);
    const to = Math.min(noteEnd, end);
    if (to <= from) continue;
    if (from > cursor) runs.push({ text: info.previewText.slice(cursor, from), kind: 'text' });
    runs.push(ucs2Run(info.previewText.slice(from, to), note));
    cursor = to;
  }
  if (cursor < end) runs.push({ text: info.previewText.slice(cursor, end), kind: 'text' });
  return runs;
}

/** Segment boundaries clamped to the text, strictly increasing, always starting at 0. */
function boundaries(info: TemplateInfo): number[] {
  const length = info.previewText.length;
  const starts = [0];
  for (const offset of info.segmentStarts) {
    if (Number.isInteger(offset) && offset > starts[starts.length - 1] && offset < length) starts.push(offset);
  }
  return starts;
}

/** "Cost: 0.0152 USD per message, 304.80 USD per month" (shared with the status bar). */
export function costText(info: TemplateInfo): string | undefined {
  if (!info.cost?.perMessage) return undefined;
  return `Cost: ${info.cost.perMessage} per message${info.cost.perMonth ? `, ${info.cost.perMonth} per month` : ''}`;
}

export interface PreviewOptions {
  budget?: SegmentBudget;
  dataSource?: string;
  renderProblems?: string[];
}

export function previewModel(info: TemplateInfo, options: PreviewOptions = {}): PreviewModel {
  const budget = options.budget ?? { exceeded: false };
  const starts = boundaries(info);
  const notes = [...info.ucs2Characters].sort((a, b) => a.previewOffset - b.previewOffset);
  const sorted = { ...info, ucs2Characters: notes };
  const segments = starts.map((start, i) => {
    const end = starts[i + 1] ?? info.previewText.length;
    return {
      index: i + 1,
      units: segmentUnits(info.previewText.slice(start, end), info.encoding),
      capacity: info.perSegment,
      runs: segmentRuns(sorted, start, end),
    };
  });
  const unitName = info.encoding === 'GSM-7' ? 'septets' : 'UTF-16 units';
  const segmentWord = info.segments === 1 ? 'segment' : 'segments';
  const model: PreviewModel = {
    templateId: info.templateId,
    encoding: info.encoding,
    summary: `${info.encoding} · ${info.segments} ${segmentWord} · ${info.units}/${info.segments * info.perSegment} ${unitName}`,
    dataSource: options.dataSource ?? 'declared samples',
    renderProblems: [...(options.renderProblems ?? [])],
    segments,
    maxDrivers: info.maxDrivers.map(describeDriver),
  };
  if (info.min !== info.max) {
    model.rangeNote = `${info.min}–${info.max} segments with other variable values${info.exact ? '' : ' (bounds)'}`;
  }
  if (budget.exceeded) model.overBudget = budget.message ?? 'The longest rendering exceeds the segment budget.';
  // An older server sends no cost.
  const cost = costText(info);
  if (cost) model.cost = cost;
  if (info.cost) model.fit = `Worst case: ${info.cost.fit}${info.cost.profileEffect ? ` (${info.cost.profileEffect})` : ''}`;
  return model;
}
