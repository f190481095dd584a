/**
 * Editor views of the template facts: hover (Markdown), inlay hints (summary after the
 * heading, `⟨2⟩` before the first character of each later segment), code lens, templateInfo.
 */
import { LineIndex, templateAt, type ResolvedConfig, type Template, type TemplateFile } from '@smslint/core';
import { InlayHintKind, MarkupKind, type CodeLens, type Hover, type InlayHint, type Range } from 'vscode-languageserver/node';
import type { Snapshot } from './document-analysis.js';
import { toRange } from './diagnostics.js';
import { comparisonMarkdown, type LocaleComparison } from './locale-comparison.js';
import { templateFacts } from './template-facts.js';
import type { TemplateInfo } from './template-info-protocol.js';

/** e.g. "2 segments · GSM-7 · 187/306" (units used / capacity of those segments). */
export function summaryLine(info: TemplateInfo): string {
  const capacity = info.segments * info.perSegment;
  const segments = `${info.segments} segment${info.segments === 1 ? '' : 's'}`;
  const range = info.min !== info.max ? ` (${info.min}–${info.max})` : '';
  return `${segments}${range} · ${info.encoding} · ${info.units}/${capacity}`;
}

export function templateInfo(snapshot: Snapshot, offset: number, config: ResolvedConfig): TemplateInfo | null {
  // A single-template file is one template wherever the cursor is (front matter included),
  // so the status bar and preview follow it; in a catalog, only inside a template section.
  const template = snapshot.file.format === 'single' ? snapshot.file.templates[0] : templateAt(snapshot.file, offset);
  return template ? templateFacts(snapshot, template, config) : null;
}

function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Markdown code spans cannot hold a backtick run safely: show it by name instead. */
function shown(char: string): string {
  return char === '`' ? 'backtick' : /\s/.test(char) ? codePoint(char.codePointAt(0) ?? 0) : `\`${char}\``;
}

/** How many drivers and UCS-2 characters a hover lists: it stays a few lines long. */
const HOVER_LIST_LIMIT = 3;

/** One short line: money when priced, then the worst case's fit ("Cost: 0.0152 USD/message · worst case: 4 characters over 1 segment: remove 4"). */
export function costLine(info: TemplateInfo): string {
  const money = [info.cost.perMessage && `${info.cost.perMessage}/message`, info.cost.perMonth && `${info.cost.perMonth}/month`].filter(Boolean);
  const effect = info.cost.profileEffect ? ` (${info.cost.profileEffect})` : '';
  return `${money.length ? `Cost: ${money.join(', ')} · ` : ''}Worst case: ${info.cost.fit}${effect}`;
}

/** Where the full segment view lives: the preview command, not the hover. */
const PREVIEW_POINTER = 'Segments side by side: **smslint: Preview Template**.';

/** The lines every hover shares: the summary, cost, what drives the maximum, what forces UCS-2. */
function hoverFacts(info: TemplateInfo): string[] {
  const parts = [`**${info.templateId}** · ${summaryLine(info)}`];
  let range = `- ${info.sample} segment${info.sample === 1 ? '' : 's'} with sample values`;
  range += info.min === info.max ? `, ${info.min} for every rendering` : `, ${info.min}–${info.max} over all renderings`;
  if (!info.exact) range += ' (bounds)';
  parts.push(range);
  parts.push(`- ${costLine(info)}`);
  for (const driver of info.maxDrivers.slice(0, HOVER_LIST_LIMIT)) {
    const name = driver.kind === 'variable' ? `\`${driver.placeholder ?? `{{${driver.name}}}`}\`` : driver.kind === 'character' ? shown(driver.name) : `\`${driver.name}\``;
    parts.push(`- maximum driven by ${name}: ${driver.detail}`);
  }
  const typed = info.placeholders.filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i).slice(0, 6);
  if (typed.length) {
    const described = typed.map((p) => {
      const type = p.type ? `${p.type}${p.source && p.source !== 'declared' ? ` (from its ${p.source === 'context' ? 'context' : p.source})` : ''}` : 'untyped';
      return `\`{{${p.name}}}\` ${type}${p.gsmSafe ? '' : ', may force UCS-2'}`;
    });
    parts.push(`- Placeholders: ${described.join('; ')}`);
  }
  if (info.ucs2Characters.length) {
    const listed = info.ucs2Characters.slice(0, HOVER_LIST_LIMIT).map((note) => {
      const replacement = note.replacement === undefined ? '' : note.replacement === '' ? ' → delete' : ` → \`${note.replacement}\``;
      return `${shown(note.char)} ${codePoint(note.codePoint)}${replacement}`;
    });
    const more = info.ucs2Characters.length > HOVER_LIST_LIMIT ? `, and ${info.ucs2Characters.length - HOVER_LIST_LIMIT} more` : '';
    parts.push(`- Forces UCS-2: ${listed.join('; ')}${more}`);
  }
  return parts;
}

/** The heading's hover (and the summary hint's tooltip): a few lines, no segment view. */
export function hoverMarkdown(info: TemplateInfo): string {
  return [...hoverFacts(info), '', PREVIEW_POINTER].join('\n');
}

/** Which segment (1-based) the text at `position` is sent in, from the boundary positions. */
function segmentAt(info: TemplateInfo, position: { line: number; character: number }): number {
  let segment = 1;
  for (const boundary of info.segmentStartPositions) {
    const p = boundary.position;
    if (p.line < position.line || (p.line === position.line && p.character <= position.character)) segment = boundary.segment;
  }
  return segment;
}

/** The comparison with a template's other locales, looked up by the template's index in its file. */
export type ComparisonOf = (template: Template) => LocaleComparison | undefined;

/**
 * Hover on a heading: the template's facts (and how its other locales compare). Hover in a
 * body: the same few lines plus which segment that text is sent in, with no range, so the
 * editor marks the word under the pointer rather than the whole template as one block.
 */
export function templateHover(snapshot: Snapshot, offset: number, config: ResolvedConfig, comparisonOf: ComparisonOf = () => undefined): Hover | null {
  const template = templateAt(snapshot.file, offset);
  if (!template) return null;
  const onHeading = template.headingRange && offset >= template.headingRange.start && offset <= template.headingRange.end;
  const inBody = offset >= template.body.range.start && offset <= template.body.range.end;
  if (!onHeading && !inBody && snapshot.file.format === 'catalog') return null;
  const info = templateFacts(snapshot, template, config);
  const comparison = comparisonOf(template);
  const withComparison = (lines: string[]) => (comparison ? [...lines, '', ...comparisonMarkdown(comparison)] : lines);
  if (onHeading && template.headingRange) {
    return {
      contents: { kind: MarkupKind.Markdown, value: withComparison([...hoverFacts(info), '', PREVIEW_POINTER]).join('\n') },
      range: toRange(snapshot.index, template.headingRange),
    };
  }
  const lines = hoverFacts(info);
  if (info.segments > 1) lines.splice(1, 0, `- This text is sent in segment ${segmentAt(info, snapshot.index.positionAt(offset))} of ${info.segments}`);
  return { contents: { kind: MarkupKind.Markdown, value: withComparison([...lines, '', PREVIEW_POINTER]).join('\n') } };
}

/** The inlay label at the start of segment n (n ≥ 2). */
export function segmentMarker(segment: number): string {
  return `⟨${segment}⟩`;
}

/** Where the summary goes: the end of the heading line (catalogs) or of the first line. */
function summaryAnchor(snapshot: Snapshot, template: Template): number {
  const at = template.headingRange?.start ?? template.range.start;
  return snapshot.index.lineEnd(snapshot.index.positionAt(at).line);
}

function inside(range: Range, line: number): boolean {
  return line >= range.start.line && line <= range.end.line;
}

export function templateInlayHints(snapshot: Snapshot, visible: Range, config: ResolvedConfig): InlayHint[] {
  const hints: InlayHint[] = [];
  for (const template of snapshot.file.templates) {
    const span = toRange(snapshot.index, template.range);
    if (span.end.line < visible.start.line || span.start.line > visible.end.line) continue;
    const info = templateFacts(snapshot, template, config);
    const anchor = snapshot.index.positionAt(summaryAnchor(snapshot, template));
    if (inside(visible, anchor.line)) {
      hints.push({ position: anchor, label: summaryLine(info), kind: InlayHintKind.Type, paddingLeft: true, tooltip: { kind: MarkupKind.Markdown, value: hoverMarkdown(info) } });
    }
    const cut = info.cost.cutPosition;
    if (cut && inside(visible, cut.line)) {
      hints.push({ position: cut, label: `\u2702${info.cost.overCharacters}`, kind: InlayHintKind.Parameter, paddingRight: true, tooltip: `Worst case: ${info.cost.fit} (from here)` });
    }
    for (const boundary of info.segmentStartPositions) {
      if (!inside(visible, boundary.position.line)) continue;
      hints.push({
        position: boundary.position,
        // A boundary often falls inside a word: a bracketed marker with no padding reads as a
        // mark between two letters, where "│2 " with a space read as a space in the message.
        label: segmentMarker(boundary.segment),
        kind: InlayHintKind.Parameter,
        tooltip: `Segment ${boundary.segment} of ${info.segments} starts here (${info.encoding}, ${info.perSegment} per part, sample values)`,
      });
    }
  }
  return hints;
}

/**
 * Title-only lenses (the command id is informational, clients just display the title): the
 * summary when the client prefers lenses to inlay hints, and how other locales compare.
 */
export function templateCodeLenses(snapshot: Snapshot, config: ResolvedConfig, summaries: boolean, comparisonOf: ComparisonOf = () => undefined): CodeLens[] {
  return snapshot.file.templates.flatMap((template) => {
    const at = snapshot.index.positionAt(template.headingRange?.start ?? template.range.start);
    const lenses: CodeLens[] = [];
    if (summaries) lenses.push({ range: { start: at, end: at }, command: { title: summaryLine(templateFacts(snapshot, template, config)), command: '' } });
    const comparison = comparisonOf(template);
    if (comparison) lenses.push({ range: { start: at, end: at }, command: { title: comparisonTitle(comparison), command: '' } });
    return lenses;
  });
}

function comparisonTitle(comparison: LocaleComparison): string {
  const flags = comparison.row.cells[comparison.locale]?.flags.length ?? 0;
  return `${comparison.locale} vs ${comparison.others.join(' · ')}${flags ? ` · ⚠ ${flags}` : ''}`;
}

/**
 * A locale file (config `sources`): its strings are templates only once linted. Hover and
 * lenses show how each string's other locales compare.
 */
export function localeFileHover(file: TemplateFile, offset: number, comparisonOf: ComparisonOf): Hover | null {
  const template = file.templates.find((t) => offset >= t.range.start && offset <= t.range.end);
  const comparison = template && comparisonOf(template);
  if (!template || !comparison) return null;
  const index = new LineIndex(file.text);
  return {
    contents: { kind: MarkupKind.Markdown, value: [`**${template.id}**`, ...comparisonMarkdown(comparison)].join('\n') },
    range: toRange(index, template.range),
  };
}

export function localeFileCodeLenses(file: TemplateFile, comparisonOf: ComparisonOf): CodeLens[] {
  const index = new LineIndex(file.text);
  return file.templates.flatMap((template) => {
    const comparison = comparisonOf(template);
    if (!comparison) return [];
    const at = index.positionAt(template.range.start);
    return [{ range: { start: at, end: at }, command: { title: comparisonTitle(comparison), command: '' } }];
  });
}
