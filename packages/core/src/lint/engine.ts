import type { ConfigError, ResolvedConfig } from '../config/types.js';
import { compareRuleIds, getRule, rules } from '../rules/registry.js';
import { RULE_DOCS_BASE } from '../rules/docs-url.js';
import { templateAnchor } from '../rules/template-location.js';
import type { Finding, Fix, Rule, RuleContext, RuleReport, Severity } from '../rules/types.js';
import { templateSourceFor } from '../sources/source-spec.js';
import { parseTemplateFile } from '../template/index.js';
import type { ParseOptions, ParseProblem, Template, TemplateFile, TemplateKind } from '../template/types.js';
import { fileSettings } from '../config/overrides.js';
import type { OffsetRange } from '../text/range.js';
import type { CachedTemplateFindings, LintCache } from './cache.js';
import { lintSourceText } from './source-lint.js';
import { applyDirectives, directiveReports, parseDirectives, type DirectiveReport } from './directives.js';
import { effectiveSetting, hasExplicitSetting, templateKind } from './severity.js';
import { templateKeys } from './template-cache-key.js';
import type { LintOptions, LintResult } from './types.js';

export const DEFAULT_CONFIG: ResolvedConfig = { sources: [] };
const INTERNAL_ERROR_DOCS = `${RULE_DOCS_BASE}README.md#internal-error`;

export function byPosition(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || compareRuleIds(a.ruleId, b.ruleId);
}

function clampRange(range: OffsetRange, length: number): OffsetRange {
  const start = Math.max(0, Math.min(Number.isFinite(range.start) ? range.start : 0, length));
  const end = Math.max(start, Math.min(Number.isFinite(range.end) ? range.end : start, length));
  return { start, end };
}

function internalError(rule: Rule, error: unknown, range: OffsetRange, templateId?: string): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  const finding: Finding = {
    ruleId: 'internal-error',
    severity: 'error',
    message: `Rule "${rule.meta.id}" crashed (${detail}); its results are missing. Please report this.`,
    range,
    docsUrl: INTERNAL_ERROR_DOCS,
  };
  if (templateId !== undefined) finding.templateId = templateId;
  return finding;
}

export interface RunContext {
  file: TemplateFile;
  config: ResolvedConfig;
  options: LintOptions;
  /** Enabled template rules per kind, resolved once per lint (not per template). */
  enabled: Map<TemplateKind, EnabledRule[]>;
}

interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
  /** Config or overrides set its severity: advisory reports keep it (see RuleReport.advisory). */
  explicit: boolean;
}

function enabledRules(kind: TemplateKind, run: RunContext): EnabledRule[] {
  let list = run.enabled.get(kind);
  if (!list) {
    list = [];
    for (const rule of rules) {
      const setting = effectiveSetting(rule, kind, run.config, run.options.ruleOverrides);
      if (setting.severity !== 'off') {
        list.push({ rule, severity: setting.severity, options: setting.options, explicit: hasExplicitSetting(rule.meta.id, run.config, run.options.ruleOverrides) });
      }
    }
    run.enabled.set(kind, list);
  }
  return list;
}

/** Run every enabled rule's check() on one template. */
function checkTemplate(template: Template, run: RunContext): Finding[] {
  const findings: Finding[] = [];
  const length = run.file.text.length;
  // One context for all the template's rules (not one per rule and template): rules run one
  // at a time and report synchronously, so a report belongs to the rule running now.
  let running: EnabledRule | undefined;
  const context: RuleContext = {
    file: run.file,
    config: run.config,
    options: {},
    report: (report: RuleReport) => {
      if (running) findings.push(toFinding(running.rule, report, running.severity, length, template.id, running.explicit));
    },
  };
  for (const enabled of enabledRules(templateKind(template, run.file, run.config), run)) {
    running = enabled;
    context.options = enabled.options;
    try {
      enabled.rule.check(template, context);
    } catch (error) {
      findings.push(internalError(enabled.rule, error, templateAnchor(template), template.id));
    }
  }
  running = undefined;
  return findings;
}

function toFinding(rule: Rule, report: RuleReport, severity: Severity, length: number, templateId?: string, explicit = false): Finding {
  const finding: Finding = {
    ruleId: rule.meta.id,
    // An advisory report is an info under the default severity, the configured one otherwise.
    severity: report.severity ?? (report.advisory && !explicit ? 'info' : severity),
    message: report.message,
    range: clampRange(report.range, length),
    docsUrl: rule.meta.docsUrl,
  };
  if (templateId !== undefined) finding.templateId = templateId;
  if (report.fix) finding.fix = report.fix;
  if (report.suggestions && report.suggestions.length) finding.suggestions = report.suggestions;
  return finding;
}

/** `finding` moved by `delta` characters (itself when 0): ranges of its fix and suggestions too. */
export function shift(finding: Finding, delta: number): Finding {
  if (delta === 0) return finding;
  const move = (r: OffsetRange) => ({ start: r.start + delta, end: r.end + delta });
  const moveFix = (fix: Fix): Fix => ({ edits: fix.edits.map((e) => ({ range: move(e.range), text: e.text })) });
  // Field by field in toFinding's order rather than a spread: every moved finding gets one
  // object shape (a keystroke moves the findings of every template below it).
  const moved: Finding = { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, range: move(finding.range), docsUrl: finding.docsUrl };
  if (finding.templateId !== undefined) moved.templateId = finding.templateId;
  if (finding.fix) moved.fix = moveFix(finding.fix);
  if (finding.suggestions) moved.suggestions = finding.suggestions.map((s) => ({ title: s.title, fix: moveFix(s.fix) }));
  return moved;
}

/** A cache and the keys of one lint's templates; `context` is the file's part of every key (an id per cache). */
export type KeyedCache = { store: LintCache; keyOf: (template: Template) => string; context: string };

/** The cache entry of `template`: looked up by key, or its rules run and the result stored. */
export function cachedEntry(template: Template, run: RunContext, cache: KeyedCache): CachedTemplateFindings {
  const key = cache.keyOf(template);
  const hit = cache.store.get(key);
  if (hit) return hit;
  const base = template.range.start;
  const findings = checkTemplate(template, run).sort(byPosition);
  const entry: CachedTemplateFindings = { relative: [], absolute: [], placed: { at: base, findings } };
  for (const f of findings) {
    if (f.range.start >= template.range.start && f.range.end <= template.range.end) entry.relative.push(shift(f, -base));
    else entry.absolute.push(f);
  }
  cache.store.set(key, entry);
  return entry;
}

/**
 * A template's findings, sorted by position: from `cache` when its key is there (moved to
 * where the template now starts). Sorting each template's few findings here (stable, like
 * the final sort) leaves the final sort of the whole file mostly in-order runs to merge.
 */
function templateFindings(template: Template, run: RunContext, cache?: KeyedCache): Finding[] {
  if (!cache) return checkTemplate(template, run).sort(byPosition);
  const base = template.range.start;
  const entry = cachedEntry(template, run, cache);
  if (entry.placed?.at !== base) {
    // Both lists are stored in position order, and moving keeps it.
    const moved = entry.relative.map((f) => shift(f, base));
    entry.placed = { at: base, findings: entry.absolute.length === 0 ? moved : [...moved, ...entry.absolute].sort(byPosition) };
  }
  return entry.placed.findings;
}

/** Parse problems a dedicated rule reports better (so they are not reported twice). */
const PROBLEMS_OWNED_BY_RULES: Record<string, string> = { 'template-duplicate-id': 'duplicate-template-id' };

export function parseFindings(file: TemplateFile, run: RunContext): Finding[] {
  const rule = getRule('parse-error');
  if (!rule) return [];
  const findings: Finding[] = [];
  const explicit = hasExplicitSetting('parse-error', run.config, run.options.ruleOverrides);
  const add = (problem: ParseProblem, template?: Template) => {
    if (PROBLEMS_OWNED_BY_RULES[problem.code]) return;
    const setting = effectiveSetting(rule, templateKind(template, file, run.config), run.config, run.options.ruleOverrides);
    if (setting.severity === 'off') return;
    // The problem's own severity unless the user set one for parse-error.
    const severity: Severity = explicit ? setting.severity : problem.severity;
    findings.push(toFinding(rule, { message: problem.message, range: problem.range }, severity, file.text.length, template?.id));
  };
  for (const problem of file.problems) add(problem);
  for (const template of file.templates) for (const problem of template.problems) add(problem, template);
  return findings;
}

export function fileFindings(file: TemplateFile, run: RunContext): Finding[] {
  const findings: Finding[] = [];
  const kind = templateKind(undefined, file, run.config);
  for (const rule of rules) {
    if (!rule.checkFile) continue;
    const setting = effectiveSetting(rule, kind, run.config, run.options.ruleOverrides);
    if (setting.severity === 'off') continue;
    const severity = setting.severity;
    const explicit = hasExplicitSetting(rule.meta.id, run.config, run.options.ruleOverrides);
    const context: RuleContext = {
      file,
      config: run.config,
      options: setting.options,
      report: (report) => findings.push(toFinding(rule, report, severity, file.text.length, undefined, explicit)),
    };
    try {
      rule.checkFile(file, context);
    } catch (error) {
      findings.push(internalError(rule, error, { start: 0, end: 0 }));
    }
  }
  return findings;
}

function directiveFindings(file: TemplateFile, reports: DirectiveReport[], run: RunContext): Finding[] {
  const rule = getRule('unused-disable-directive');
  if (!rule) return [];
  const findings: Finding[] = [];
  for (const report of reports) {
    const setting = effectiveSetting(rule, templateKind(report.template, file, run.config), run.config, run.options.ruleOverrides);
    if (setting.severity === 'off') continue;
    findings.push(toFinding(rule, report, setting.severity, file.text.length, report.template?.id));
  }
  return findings;
}

/** Unknown rule ids in ruleOverrides: reported as config errors rather than ignored. */
export function overrideErrors(options: LintOptions): ConfigError[] {
  return Object.keys(options.ruleOverrides ?? {})
    .filter((id) => !getRule(id))
    .map((id) => ({ file: '<rule overrides>', message: `Unknown rule "${id}" in rule overrides`, pointer: `/${id}` }));
}

/**
 * Lint a parsed file: every enabled rule on every template (reusing `cache` entries for
 * templates that did not change), file-level rules, parse problems, then inline
 * directives. Findings come sorted by start offset. Never throws.
 */
export function lintFile(file: TemplateFile, options: LintOptions, cache?: LintCache): LintResult {
  try {
    return runLint(file, options, cache);
  } catch (error) {
    // Defensive: per-rule failures are already contained; this guards the engine itself.
    return {
      filePath: options.filePath,
      file,
      findings: [
        {
          ruleId: 'internal-error',
          severity: 'error',
          message: `smslint failed while linting this file (${error instanceof Error ? error.message : String(error)}). Please report this.`,
          range: { start: 0, end: 0 },
          docsUrl: INTERNAL_ERROR_DOCS,
        },
      ],
    };
  }
}

export function keyedCache(cache: LintCache, file: TemplateFile, run: RunContext): KeyedCache {
  return { store: cache, ...templateKeys(cache, file, JSON.stringify([run.config, run.options.ruleOverrides ?? null])) };
}

function runLint(file: TemplateFile, options: LintOptions, cache?: LintCache): LintResult {
  const run: RunContext = { file, config: options.config ?? DEFAULT_CONFIG, options, enabled: new Map() };
  const keyed = cache && keyedCache(cache, file, run);
  let findings: Finding[] = [];
  for (const template of file.templates) for (const finding of templateFindings(template, run, keyed)) findings.push(finding);
  findings.push(...fileFindings(file, run), ...parseFindings(file, run));

  if (options.inlineConfig !== false && file.smslintComments.length > 0) {
    const { directives, problems } = parseDirectives(file);
    findings = applyDirectives(findings, directives);
    findings.push(...directiveFindings(file, [...problems, ...directiveReports(file, directives)], run));
  }
  findings.sort(byPosition);
  const result: LintResult = { filePath: options.filePath, file, findings };
  const errors = overrideErrors(options);
  if (errors.length) result.configErrors = errors;
  return result;
}

/** What the config says about parsing the file at `filePath` (its placeholder dialect). */
export function parseOptionsFor(config: ResolvedConfig | undefined, filePath: string): ParseOptions {
  if (!config) return {};
  const { placeholders } = fileSettings(config, filePath);
  return placeholders === undefined ? {} : { placeholders };
}

/** A file that could not even be modelled (the parser itself failed): one located finding. */
function unparsedFile(text: string, filePath: string, error: unknown): TemplateFile {
  return {
    path: filePath,
    format: /\.sms$/i.test(filePath) ? 'single' : 'catalog',
    text,
    frontMatter: null,
    defaults: {},
    templates: [],
    smslintComments: [],
    problems: [
      {
        code: 'parser-crash',
        message: `smslint could not read this file (${error instanceof Error ? error.message : String(error)}). Please report this.`,
        range: { start: 0, end: 0 },
        severity: 'error',
      },
    ],
  };
}

/**
 * Parse `text` (format from `options.filePath`, placeholder dialect from the config's
 * `placeholders` and `overrides` for that path) and lint it. A file that a config `sources`
 * entry selects is a locale file: its selected strings are linted. Never throws.
 */
export function lintText(text: string, options: LintOptions, cache?: LintCache): LintResult {
  const source = templateSourceFor(options.config, options.filePath);
  if (source) {
    try {
      return lintSourceText(text, options, source, cache);
    } catch (error) {
      return lintFile(unparsedFile(text, options.filePath, error), options);
    }
  }
  let file: TemplateFile;
  try {
    file = parseTemplateFile(text, options.filePath, parseOptionsFor(options.config, options.filePath));
  } catch (error) {
    file = unparsedFile(text, options.filePath, error);
  }
  return lintFile(file, options, cache);
}
