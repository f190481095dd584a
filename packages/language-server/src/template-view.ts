/**
 * Editor views of the template facts: hover (Markdown), inlay hints (summary after the
 * heading, `│2` before the first character of each later segment), code lens, templateInfo.
 */
import { templateAt, type ResolvedConfig, type Template } from '@smslint/core';
import { InlayHintKind, MarkupKind, type CodeLens, type Hover, type InlayHint, type Range } from 'vscode-languageserver/node';
import type { Snapshot } from './document-analysis.js';
import { toRange } from './diagnostics.js';
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

function previewBlock(info: TemplateInfo): string {
  const lines: string[] = [];
  info.segmentStarts.forEach((start, i) => {
    const end = info.segmentStarts[i + 1] ?? info.previewText.length;
    lines.push(`│${i + 1} ${info.previewText.slice(start, end).replace(/\n/g, '⏎')}`);
  });
  // A fence longer than any backtick run in the text, so the preview cannot break out.
  const longest = Math.max(2, ...(info.previewText.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${lines.join('\n')}\n${fence}`;
}

export function hoverMarkdown(info: TemplateInfo): string {
  const parts: string[] = [];
  parts.push(`**${info.templateId}** · ${summaryLine(info)}`);
  const perPart = info.segments > 1 ? ` per part (${info.segments} parts)` : ' in one message';
  const unitName = info.encoding === 'GSM-7' ? 'septets' : 'UTF-16 units';
  parts.push(`- Encoding: **${info.encoding}**, ${info.units} ${unitName}, ${info.perSegment}${perPart}`);
  let range = `- Segments: **${info.sample}** with sample values`;
  range += info.min === info.max ? `, ${info.min} for every rendering` : `, ${info.min}–${info.max} over all renderings`;
  if (!info.exact) range += ' (bounds)';
  parts.push(range);
  for (const driver of info.maxDrivers.slice(0, 6)) {
    const name = driver.kind === 'variable' ? `\`{{${driver.name}}}\`` : driver.kind === 'character' ? shown(driver.name) : `\`${driver.name}\``;
    parts.push(`  - maximum driven by ${name}: ${driver.detail}`);
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
    const listed = info.ucs2Characters.slice(0, 12).map((note) => {
      const where = note.range ? ` (line ${note.range.start.line + 1})` : ' (in a sample value)';
      const replacement = note.replacement === undefined ? '' : note.replacement === '' ? ' → delete' : ` → \`${note.replacement}\``;
      return `${shown(note.char)} ${codePoint(note.codePoint)}${note.name ? ` ${note.name}` : ''}${replacement}${where}`;
    });
    const more = info.ucs2Characters.length > 12 ? `, and ${info.ucs2Characters.length - 12} more` : '';
    parts.push(`- Forces UCS-2: ${listed.join('; ')}${more}`);
  }
  parts.push('', `Preview (sample values, split into segments):`, '', previewBlock(info));
  return parts.join('\n');
}

export function templateHover(snapshot: Snapshot, offset: number, config: ResolvedConfig): Hover | null {
  const template = templateAt(snapshot.file, offset);
  if (!template) return null;
  const onHeading = template.headingRange && offset >= template.headingRange.start && offset <= template.headingRange.end;
  const inBody = offset >= template.body.range.start && offset <= template.body.range.end;
  if (!onHeading && !inBody && snapshot.file.format === 'catalog') return null;
  const info = templateFacts(snapshot, template, config);
  return {
    contents: { kind: MarkupKind.Markdown, value: hoverMarkdown(info) },
    range: toRange(snapshot.index, template.headingRange && onHeading ? template.headingRange : template.body.range),
  };
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
    for (const boundary of info.segmentStartPositions) {
      if (!inside(visible, boundary.position.line)) continue;
      hints.push({
        position: boundary.position,
        label: `│${boundary.segment}`,
        kind: InlayHintKind.Parameter,
        paddingRight: true,
        tooltip: `Segment ${boundary.segment} of ${info.segments} starts here (${info.encoding}, ${info.perSegment} per part, sample values)`,
      });
    }
  }
  return hints;
}

export function templateCodeLenses(snapshot: Snapshot, config: ResolvedConfig): CodeLens[] {
  return snapshot.file.templates.map((template) => {
    const info = templateFacts(snapshot, template, config);
    const at = snapshot.index.positionAt(template.headingRange?.start ?? template.range.start);
    // A title-only lens: the command id is informational, clients just display the title.
    return { range: { start: at, end: at }, command: { title: summaryLine(info), command: '' } };
  });
}
