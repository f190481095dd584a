import { fixText, rangesOverlap, templateAt, type Finding, type LintCache, type LintOptions, type OffsetRange, type TextEdit } from '@smslint/core';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { Snapshot } from './document-analysis.js';
import { toOffsetRange, toRange } from './diagnostics.js';
import { disableFileEdit, disableLineEdit, disableTemplateEdit } from './disable-directives.js';
import { minimalEdit } from './minimal-edit.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.smslint`;
export const OPEN_RULE_DOCS_COMMAND = 'smslint.openRuleDocs';

export interface CodeActionInput {
  uri: string;
  snapshot: Snapshot;
  findings: Finding[];
  /** Diagnostics as published for `findings` (same order), to attach to quick fixes. */
  diagnostics: Diagnostic[];
  lintOptions: LintOptions;
  /** The document's lint cache: fix-all re-lints mostly unchanged templates. */
  lintCache?: LintCache;
  params: CodeActionParams;
}

/** Does the client's `only` filter admit actions of `kind`? */
function wanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((prefix) => kind === prefix || kind.startsWith(`${prefix}.`));
}

function edits(snapshot: Snapshot, list: TextEdit[]): LspTextEdit[] {
  return list.map((edit) => ({ range: toRange(snapshot.index, edit.range), newText: edit.text }));
}

function action(uri: string, snapshot: Snapshot, title: string, list: TextEdit[], extra: Partial<CodeAction>): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, edit: { changes: { [uri]: edits(snapshot, list) } }, ...extra };
}

/**
 * Quick fixes for the findings under the cursor (each rule fix, preferred because rule
 * fixes are the safe ones; every suggestion; disable line / template / file; open docs)
 * and the "Fix all smslint problems" source action.
 */
export function codeActions(input: CodeActionInput): CodeAction[] {
  const { uri, snapshot, findings, params } = input;
  const only = params.context.only;
  const out: CodeAction[] = [];
  const requested: OffsetRange = toOffsetRange(snapshot.index, params.range);

  if (wanted(only, CodeActionKind.QuickFix)) {
    const seenRules = new Set<string>();
    findings.forEach((finding, i) => {
      const touches =
        rangesOverlap(finding.range, requested) ||
        (requested.start === requested.end && finding.range.start <= requested.start && requested.start <= finding.range.end);
      if (!touches) return;
      const diagnostic = input.diagnostics[i];
      const diagnostics = diagnostic ? [diagnostic] : undefined;
      if (finding.fix && finding.fix.edits.length) {
        out.push(action(uri, snapshot, `Fix: ${finding.message}`, finding.fix.edits, { diagnostics, isPreferred: true }));
      }
      for (const suggestion of finding.suggestions ?? []) {
        out.push(action(uri, snapshot, suggestion.title, suggestion.fix.edits, { diagnostics }));
      }
      if (finding.ruleId === 'parse-error' || seenRules.has(finding.ruleId)) return;
      seenRules.add(finding.ruleId);
      out.push(...disableActions(input, finding, diagnostics));
      if (finding.docsUrl) {
        out.push({
          title: `Open documentation for ${finding.ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics,
          command: { title: `Open documentation for ${finding.ruleId}`, command: OPEN_RULE_DOCS_COMMAND, arguments: [finding.docsUrl] },
        });
      }
    });
  }

  if (wanted(only, FIX_ALL_KIND) && (only || findings.some((finding) => finding.fix))) {
    const fixAll = fixAllAction(input);
    if (fixAll) out.push(fixAll);
  }
  return out;
}

function disableActions(input: CodeActionInput, finding: Finding, diagnostics: Diagnostic[] | undefined): CodeAction[] {
  const { uri, snapshot } = input;
  const file = snapshot.file;
  const out: CodeAction[] = [];
  // A locale file has no place for a directive comment outside its strings.
  if (file.source) return out;
  const line = disableLineEdit(file, snapshot.index, finding.range.start, finding.ruleId);
  if (line) out.push(action(uri, snapshot, `Disable ${finding.ruleId} for this line`, [line], { diagnostics }));
  const template = file.format === 'catalog' ? templateAt(file, finding.range.start) : undefined;
  if (template) {
    out.push(action(uri, snapshot, `Disable ${finding.ruleId} for this template`, [disableTemplateEdit(template, finding.ruleId)], { diagnostics }));
  }
  const whole = disableFileEdit(file, finding.ruleId);
  if (whole) out.push(action(uri, snapshot, `Disable ${finding.ruleId} for this file`, [whole], { diagnostics }));
  return out;
}

/** Every safe fix, applied by core until stable, delivered as one minimal text edit. */
export function fixAllAction(input: CodeActionInput): CodeAction | null {
  const { uri, snapshot } = input;
  if (snapshot.limited) return null; // never rewrite a document that was only partly analysed
  const { output } = fixText(snapshot.text, input.lintOptions, input.lintCache);
  const edit = minimalEdit(snapshot.text, output);
  if (!edit) return null;
  return {
    title: 'Fix all smslint problems',
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: edits(snapshot, [edit]) } },
  };
}
