/**
 * One side of a diff: every template of some file versions with what it costs and what the
 * linter finds in it. Works per template id on whatever the core parses (parseTemplateFile
 * via lintText), so new source formats plug in through the same call.
 */
import type { ResolvedConfig } from '@smslint/core';
import { costSummary, type TemplateCostSummary } from '../report/template-cost-summary.js';

type Core = typeof import('@smslint/core');

export interface FindingSummary {
  ruleId: string;
  severity: string;
  message: string;
}

export interface TemplateState {
  id: string;
  title: string;
  /** Repository-relative path of the file holding it. */
  path: string;
  /** The body as written (compared to tell an edit from a move). */
  body: string;
  cost: TemplateCostSummary;
  findings: FindingSummary[];
  /** A string of a locale file (config `sources`): its id is its key path, not its file's name. */
  fromLocaleFile: boolean;
}

/** A file version to read: its repository-relative path, its text, and the config to lint it with. */
export interface FileVersion {
  path: string;
  absolutePath: string;
  text: string;
  config: ResolvedConfig;
  /** Which side it is, for messages: "base abc1234" or "working tree". */
  label?: string;
}

/**
 * The templates of one file version. A version that does not parse (a locale file with
 * invalid JSON, YAML or `.po`) has none: `warn` gets where and why, so a broken file does
 * not pass silently for removed templates.
 */
export function templateStates(core: Core, file: FileVersion, warn: (message: string) => void): TemplateState[] {
  const result = core.lintText(file.text, { filePath: file.absolutePath, config: file.config });
  const fromLocaleFile = core.templateSourceFor(file.config, file.absolutePath) !== undefined;
  const lines = new core.LineIndex(file.text);
  for (const problem of result.findings.filter((f) => f.ruleId === 'parse-error' && f.templateId === undefined)) {
    const { line, character } = lines.positionAt(problem.range.start);
    warn(`${file.path}:${line + 1}:${character + 1}${file.label ? ` (${file.label})` : ''}: ${problem.message.replace(/[\s:;.]+$/, '')}; its templates are left out of this side of the diff.`);
  }
  return result.file.templates.map((template) => ({
    id: template.id,
    title: template.title,
    path: file.path,
    body: template.body.source,
    fromLocaleFile,
    cost: costSummary(core.templateCost(template, file.config)),
    findings: result.findings
      .filter((f) => f.templateId === template.id)
      .map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message })),
  }));
}
