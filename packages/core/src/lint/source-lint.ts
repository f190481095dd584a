/**
 * Lints a locale file (config `sources`): each selected string is linted as a single
 * template of its own (decoded: escapes and YAML folding applied), and every finding,
 * node and fix is mapped back to the characters of the file through the string's unit
 * map. A fix is rewritten with the format's escaping and kept only when the rewritten
 * string reads back as the intended text; otherwise the finding has no fix.
 */
import type { ResolvedConfig, TemplateSource } from '../config/types.js';
import { getRule } from '../rules/registry.js';
import type { Finding, Fix, TextEdit } from '../rules/types.js';
import { compileKeyGlobs, type KeyMatcher } from '../sources/key-glob.js';
import { SOURCE_FORMATS } from '../sources/formats.js';
import { rawRange } from '../sources/string-map.js';
import type { SourceFormat, SourceFormatId, SourceString } from '../sources/types.js';
import { parseTemplateFile } from '../template/index.js';
import type { BodyNode, ParseProblem, Template, TemplateFile } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';
import type { LintCache } from './cache.js';
import { lintFile } from './engine.js';
import { effectiveSetting } from './severity.js';
import type { LintOptions, LintResult } from './types.js';

const keyMatchers = new WeakMap<TemplateSource, KeyMatcher>();

function keyMatcher(source: TemplateSource): KeyMatcher {
  let matcher = keyMatchers.get(source);
  if (!matcher) {
    matcher = compileKeyGlobs(source.keys);
    keyMatchers.set(source, matcher);
  }
  return matcher;
}

/** Apply edits (decoded offsets, non-overlapping) to `value`; undefined when they overlap or fall outside. */
function applyToValue(value: string, edits: readonly TextEdit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.range.start < at || edit.range.end < edit.range.start || edit.range.end > value.length) return undefined;
    out += value.slice(at, edit.range.start) + edit.text;
    at = edit.range.end;
  }
  return out + value.slice(at);
}

/** A string fix as file edits: local edits when they read back exactly, else a whole rewrite, else none. */
export function mapStringFix(fix: Fix, string: SourceString, format: SourceFormat, text: string): Fix | undefined {
  const intended = applyToValue(string.value, fix.edits);
  if (intended === undefined) return undefined;
  const token = string.token;
  if (string.exact) {
    const local: TextEdit[] = [];
    for (const edit of fix.edits) {
      const escaped = format.escapeFragment(edit.text, string);
      const range = rawRange(string, edit.range);
      // The line breaks after a token belong to the file's structure (a YAML block scalar's
      // last break ends its line): a local edit there reads back alone but breaks the file.
      if (escaped === undefined || range.end > string.rewrite.end) break;
      local.push({ range, text: escaped });
    }
    if (local.length === fix.edits.length) {
      const relative = local.map((e) => ({ range: { start: e.range.start - token.start, end: e.range.end - token.start }, text: e.text }));
      const rewritten = applyToValue(text.slice(token.start, token.end), relative);
      if (rewritten !== undefined && format.decodeToken(rewritten, string) === intended) return { edits: local };
    }
  }
  const whole = format.encodeWhole(intended, string);
  if (whole === undefined || format.decodeToken(whole, string) !== intended) return undefined;
  return { edits: [{ range: string.rewrite, text: whole }] };
}

function mapNodes(nodes: BodyNode[], map: (r: OffsetRange) => OffsetRange): BodyNode[] {
  return nodes.map((node) => {
    if (node.type !== 'block') return { ...node, range: map(node.range) };
    return { ...node, range: map(node.range), program: mapNodes(node.program, map), inverse: node.inverse && mapNodes(node.inverse, map) };
  });
}

function mapProblem(problem: ParseProblem, map: (r: OffsetRange) => OffsetRange): ParseProblem {
  return { ...problem, range: map(problem.range) };
}

/** The string's template placed in the file: ranges mapped, decoded text kept. */
function placeTemplate(template: Template, id: string, string: SourceString, map: (r: OffsetRange) => OffsetRange): Template {
  const placed: Template = {
    ...template,
    id,
    title: id,
    range: string.token,
    body: { ...template.body, range: map(template.body.range), nodes: mapNodes(template.body.nodes, map) },
    problems: template.problems.map((p) => mapProblem(p, map)),
  };
  delete placed.headingRange;
  delete placed.metadataRange;
  return placed;
}

function mapFinding(finding: Finding, id: string, string: SourceString, format: SourceFormat, text: string, fixable: boolean): Finding {
  const mapped: Finding = { ...finding, range: rawRange(string, finding.range), templateId: id };
  delete mapped.fix;
  delete mapped.suggestions;
  if (!fixable) return mapped;
  const fix = finding.fix && mapStringFix(finding.fix, string, format, text);
  if (fix) mapped.fix = fix;
  const suggestions = (finding.suggestions ?? []).flatMap((s) => {
    const mappedFix = mapStringFix(s.fix, string, format, text);
    return mappedFix ? [{ title: s.title, fix: mappedFix }] : [];
  });
  if (suggestions.length) mapped.suggestions = suggestions;
  return mapped;
}

/** Problems reading the file itself (invalid JSON/YAML/.po) as parse-error findings. */
function fileProblemFindings(problems: ParseProblem[], options: LintOptions, config: ResolvedConfig): Finding[] {
  const rule = getRule('parse-error');
  if (!rule) return [];
  const setting = effectiveSetting(rule, config.kind ?? 'support', config, options.ruleOverrides);
  if (setting.severity === 'off') return [];
  return problems.map((problem) => ({ ruleId: rule.meta.id, severity: problem.severity, message: problem.message, range: problem.range, docsUrl: rule.meta.docsUrl }));
}

/** The key path as a template id: keys joined by dots (`en.sms.order_shipped`). */
export function sourceTemplateId(key: readonly string[]): string {
  return key.join('.');
}

/** Lint the selected strings of locale file `text` (`source`, read as `format`). Never throws. */
export function lintSourceText(
  text: string,
  options: LintOptions,
  selected: { source: TemplateSource; format: SourceFormatId },
  cache?: LintCache,
): LintResult {
  const { source, format: formatId } = selected;
  const format = SOURCE_FORMATS[formatId];
  const config: ResolvedConfig = options.config ?? { sources: [] };
  const read = format.read(text);
  const matches = keyMatcher(source);
  // A file that does not parse cleanly is never edited: its strings' positions are a guess.
  const fixable = !read.problems.some((p) => p.severity === 'error');
  const templates: Template[] = [];
  const strings: SourceString[] = [];
  const findings: Finding[] = fileProblemFindings(read.problems, options, config);
  for (const string of read.strings) {
    if (!matches(string.key)) continue;
    const id = sourceTemplateId(string.key);
    const defaults = source.localeKey && string.key.length > 1 ? { locale: string.key[0] } : undefined;
    // Each string is a single template in the source's placeholder dialect.
    const file = parseTemplateFile(string.value, `${options.filePath}#${id}.sms`, { format: 'single', frontMatter: false, placeholders: source.placeholders, ...(defaults ? { defaults } : {}) });
    const map = (range: OffsetRange) => rawRange(string, range);
    const result = lintFile(file, options, cache);
    for (const finding of result.findings) findings.push(mapFinding(finding, id, string, format, text, fixable));
    for (const template of file.templates) {
      templates.push(placeTemplate(template, id, string, map));
      strings.push(string);
    }
  }
  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const file: TemplateFile = {
    path: options.filePath,
    format: 'catalog',
    text,
    frontMatter: null,
    defaults: {},
    templates,
    smslintComments: [],
    problems: read.problems,
    source: { format: formatId, placeholders: source.placeholders, keys: source.keys, strings },
  };
  return { filePath: options.filePath, file, findings };
}
