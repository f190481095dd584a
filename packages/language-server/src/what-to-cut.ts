/**
 * "Show what to cut to save a segment": for the template under the cursor whose worst case
 * takes more than one segment, a code action whose command selects the characters past the
 * last boundary (window/showDocument with a selection) and says what to cut, plus one quick
 * fix per cheap substitution (GSM-7 replacements, shorter wording) from core.
 */
import { bodyLeaves, savingSubstitutions, templateAt, templateCost, type ResolvedConfig } from '@smslint/core';
import { CodeActionKind, type CodeAction, type Range } from 'vscode-languageserver/node';
import type { Snapshot } from './document-analysis.js';
import { toRange } from './diagnostics.js';
import { alignToSource } from './source-alignment.js';

export const SHOW_WHAT_TO_CUT_COMMAND = 'smslint.showWhatToCut';

/** Arguments of the command: where to select, and what to say. */
export interface WhatToCutArguments {
  uri: string;
  selection: Range;
  message: string;
}

export function whatToCutActions(uri: string, snapshot: Snapshot, offset: number, config: ResolvedConfig): CodeAction[] {
  const template = snapshot.file.format === 'single' ? snapshot.file.templates[0] : templateAt(snapshot.file, offset);
  if (!template || offset < template.body.range.start || offset > template.body.range.end) return [];
  const cost = templateCost(template, config);
  if (cost.fit.overCharacters === 0) return [];
  const actions: CodeAction[] = [];
  const { maxText } = cost;
  const { sourceOffsets, anchorOffsets } = alignToSource(maxText, template, snapshot.text);
  // From the first character past the boundary to the last literal character of the worst case.
  const start = anchorOffsets[cost.fit.cutFrom] ?? template.body.range.end;
  // A character a placeholder produced is anchored at the placeholder's start: select all of it.
  const placeholderEnds = new Map(
    bodyLeaves(template.body.nodes)
      .filter((node) => node.type === 'variable' || node.type === 'partial')
      .map((node) => [node.range.start, node.range.end]),
  );
  let end = start;
  for (let i = cost.fit.cutFrom; i < maxText.length; i++) {
    const at = sourceOffsets[i];
    end = Math.max(end, at === null || at === undefined ? placeholderEnds.get(anchorOffsets[i]) ?? anchorOffsets[i] : at + 1);
  }
  const substitutions = savingSubstitutions(snapshot.text, template, config);
  const cheapest = substitutions.slice(0, 3).map((s) => s.title);
  const message = [`${template.id}: worst case ${cost.fitText} (selected).`, ...(cheapest.length ? [`Cheaper: ${cheapest.join('; ')}.`] : [])].join(' ');
  const args: WhatToCutArguments = { uri, selection: toRange(snapshot.index, { start, end }), message };
  actions.push({
    title: 'Show what to cut to save a segment',
    kind: CodeActionKind.QuickFix,
    command: { title: 'Show what to cut to save a segment', command: SHOW_WHAT_TO_CUT_COMMAND, arguments: [args] },
  });
  for (const substitution of substitutions) {
    actions.push({
      title: substitution.title,
      kind: CodeActionKind.QuickFix,
      edit: { changes: { [uri]: substitution.edits.map((e) => ({ range: toRange(snapshot.index, e.range), newText: e.text })) } },
    });
  }
  return actions;
}
