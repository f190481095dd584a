import type { ResolvedConfig } from '../config/types.js';
import type { Template, TemplateFile, TemplateKind } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';

export type Severity = 'error' | 'warning' | 'info';

/** Replace the document text in `range` with `text` (insert: start === end). */
export interface TextEdit {
  range: OffsetRange;
  text: string;
}

export interface Fix {
  edits: TextEdit[];
}

/** An alternative fix the user picks (never applied by --fix). */
export interface Suggestion {
  title: string;
  fix: Fix;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  range: OffsetRange;
  /** Id of the template the finding belongs to (absent for file-level findings). */
  templateId?: string;
  /** Safe automatic fix (applied by --fix and "Fix all"). */
  fix?: Fix;
  suggestions?: Suggestion[];
  docsUrl: string;
}

export interface RuleMeta {
  id: string;
  description: string;
  /** Link to docs/rules/<id>.md. */
  docsUrl: string;
  /** Default severity per template kind ('off' disables it for that kind). */
  defaultSeverity: Record<TemplateKind, Severity | 'off'>;
  fixable: boolean;
  hasSuggestions?: boolean;
  /** JSON schema of the rule's options, if it takes any. */
  schema?: Record<string, unknown>;
}

/** What a rule reports; the engine adds ruleId, severity, templateId and docsUrl. */
export interface RuleReport {
  message: string;
  range: OffsetRange;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Override the configured severity (e.g. segment-budget's hard limit is always an error). */
  severity?: Severity;
  /**
   * This instance is advice (it costs nothing, or depends on a guess): an info under the
   * rule's default severity, the configured severity when config or overrides set one
   * (docs/rules/README.md, severity policy).
   */
  advisory?: boolean;
}

export interface RuleContext {
  file: TemplateFile;
  config: ResolvedConfig;
  /** Options from `rules: { id: [severity, options] }`. */
  options: Record<string, unknown>;
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Called once per template. */
  check(template: Template, context: RuleContext): void;
  /** Optional once-per-file check (e.g. duplicate-template-id). */
  checkFile?(file: TemplateFile, context: RuleContext): void;
}
