/**
 * The facts of one template that hover, inlay hints, code lens and `smslint/templateInfo`
 * show, all from core templateSegmentRange: the sample rendering and its segment count, and
 * the min–max range over all renderings with what drives the maximum.
 */
import {
  formatMoneyRange,
  placeholderFacts,
  templateCost,
  templateRangeOptions,
  templateSegmentRange,
  type CountOptions,
  type ResolvedConfig,
  type Template,
  type TemplateCost,
} from '@smslint/core';
import type { Snapshot } from './document-analysis.js';
import { toRange } from './diagnostics.js';
import { alignToSource } from './source-alignment.js';
import type { TemplateInfo, TemplateInfoCost } from './template-info-protocol.js';

export function countOptionsOf(config: ResolvedConfig): CountOptions {
  const options: CountOptions = {};
  if (config.shiftTables) options.shiftTables = config.shiftTables;
  if (config.graphemes) options.graphemes = config.graphemes;
  return options;
}

export function templateFacts(snapshot: Snapshot, template: Template, config: ResolvedConfig): TemplateInfo {
  // The same placeholder facts as the rules: declared and inferred types, their samples.
  const range = templateSegmentRange(template, templateRangeOptions(template, config));
  const facts = placeholderFacts(template, config);
  const contactOf = (start: number): 'link' | 'phone' | 'email' | null =>
    facts.links.some((l) => l.start === start) ? 'link' : facts.phones.some((p) => p.start === start) ? 'phone' : facts.emails.some((e) => e.start === start) ? 'email' : null;
  const previewText = range.sampleText;
  const count = range.sample;
  const rendering = alignToSource(previewText, template, snapshot.text);
  const segmentStartPositions: TemplateInfo['segmentStartPositions'] = [];
  count.segmentStarts.forEach((start, i) => {
    if (i === 0) return;
    const anchor = rendering.anchorOffsets[start];
    if (anchor !== undefined) segmentStartPositions.push({ segment: i + 1, position: snapshot.index.positionAt(anchor) });
  });
  return {
    templateId: template.id,
    title: template.title,
    range: toRange(snapshot.index, template.range),
    encoding: count.encoding,
    units: count.units,
    segments: count.segments,
    perSegment: count.perSegment,
    min: range.min.segments,
    max: range.max.segments,
    sample: range.sample.segments,
    exact: range.exact,
    maxDrivers: range.maxDrivers.map(({ kind, name, detail, placeholder }) => (placeholder === undefined ? { kind, name, detail } : { kind, name, detail, placeholder })),
    segmentStarts: count.segmentStarts,
    segmentStartPositions,
    ucs2Characters: count.ucs2Characters.map((note) => {
      const source = rendering.sourceOffsets[note.offset];
      return {
        char: note.char,
        codePoint: note.codePoint,
        name: note.name,
        replacement: note.replacement,
        previewOffset: note.offset,
        range: source === null || source === undefined ? null : toRange(snapshot.index, { start: source, end: source + note.length }),
      };
    }),
    previewText,
    cost: costInfo(snapshot, template, templateCost(template, config, range)),
    placeholders: facts.placeholders.map((p) => ({
      name: p.name,
      range: toRange(snapshot.index, p.range),
      type: p.type ?? null,
      source: p.source ?? null,
      declared: p.declared,
      gsmSafe: p.gsmSafe,
      contact: contactOf(p.range.start),
    })),
  };
}

function money(value: TemplateCost['perMessage'], currency: string): string {
  return value ? formatMoneyRange(value, currency) : 'unknown';
}

function costInfo(snapshot: Snapshot, template: Template, cost: TemplateCost): TemplateInfoCost {
  const info: TemplateInfoCost = { provider: cost.provider, fit: cost.fitText, overCharacters: cost.fit.overCharacters, cutPosition: null };
  if (cost.fit.overCharacters > 0) {
    const source = alignToSource(cost.maxText, template, snapshot.text).sourceOffsets[cost.fit.cutFrom];
    if (source !== null && source !== undefined) info.cutPosition = snapshot.index.positionAt(source);
  }
  if (cost.currency !== undefined) {
    info.perMessage = money(cost.perMessage, cost.currency);
    if (cost.volume !== undefined) info.perMonth = money(cost.perMonth, cost.currency);
  }
  if (cost.profileEffect) info.profileEffect = cost.profileEffect.message;
  return info;
}
