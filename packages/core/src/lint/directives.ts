import { getRule } from '../rules/registry.js';
import type { Finding, Fix, RuleReport } from '../rules/types.js';
import type { SmslintComment, Template, TemplateFile } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';
import { templateFinder } from './template-lookup.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named, or null for "all rules". */
  ids: string[] | null;
  comment: SmslintComment;
  /** Template holding a handlebars directive (its scope ends with the template). */
  template?: Template;
  /** For disable-next-line: the line it covers. */
  line?: OffsetRange;
  /** Ids ('*' for all) that suppressed at least one finding. */
  used: Set<string>;
}

/** A directive problem to report under unused-disable-directive, with its template for severity. */
export interface DirectiveReport extends RuleReport {
  template?: Template;
}

/** Findings that directives never hide: they are about the directives or smslint itself. */
const UNSUPPRESSIBLE = new Set(['unused-disable-directive', 'internal-error']);

/** `<!-- smslint: kind=marketing -->` carries template metadata (read by the parser). */
const METADATA = /^\s*smslint\s*:/;
const DIRECTIVE = /^smslint-(disable-next-line|disable|enable)(?=\s|$)\s*([\s\S]*)$/;

/** Parse the file's smslint comments into directives; malformed ones become reports. */
export function parseDirectives(file: TemplateFile): { directives: Directive[]; problems: DirectiveReport[] } {
  const directives: Directive[] = [];
  const problems: DirectiveReport[] = [];
  const templateAt = templateFinder(file);
  for (const comment of file.smslintComments) {
    if (METADATA.test(comment.value)) continue; // `smslint: key=value` metadata, not a directive
    const template = comment.kind === 'handlebars' ? templateAt(comment.range.start) : undefined;
    const match = DIRECTIVE.exec(comment.value.trim());
    if (!match) {
      const name = comment.value.trim().split(/\s/)[0];
      problems.push({
        message: `Unknown smslint directive "${name}": use smslint-disable, smslint-enable or smslint-disable-next-line.`,
        range: comment.range,
        template: templateAt(comment.range.start),
      });
      continue;
    }
    const kind = match[1] as DirectiveKind;
    // "-- reason" after the ids is a free-text justification (as in ESLint).
    const list = match[2].split(/\s--(?:\s|$)/)[0].trim();
    const ids = list === '' ? null : list.split(/[\s,]+/).filter(Boolean);
    const directive: Directive = { kind, ids, comment, template, used: new Set() };
    if (kind === 'disable-next-line') directive.line = lineAfter(file.text, comment.range.end);
    directives.push(directive);
  }
  return { directives, problems };
}

/**
 * The line after the one holding `offset` (LF, CRLF and lone CR end lines, as in
 * LineIndex), or { -1, -1 } when that is the last line. Found by scanning from `offset`,
 * not by indexing the whole document for each lint.
 */
function lineAfter(text: string, offset: number): OffsetRange {
  let at = Math.max(0, Math.min(offset, text.length));
  // Offset between the CR and LF of a CRLF: that break ends the line.
  while (at < text.length && text.charCodeAt(at) !== 10 && text.charCodeAt(at) !== 13) at++;
  if (at >= text.length) return { start: -1, end: -1 };
  const start = text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start, end };
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.ids === null || directive.ids.includes(ruleId);
}

/** Replays disable/enable directives in order and says which one (if any) hides `ruleId`. */
class DisableState {
  private all: Directive | undefined;
  private readonly byRule = new Map<string, Directive>();
  private readonly exceptions = new Set<string>();

  apply(directive: Directive): void {
    if (directive.kind === 'disable') {
      if (directive.ids === null) {
        this.all = directive;
        this.exceptions.clear();
      } else {
        for (const id of directive.ids) {
          this.byRule.set(id, directive);
          this.exceptions.delete(id);
        }
      }
    } else if (directive.kind === 'enable') {
      if (directive.ids === null) {
        this.all = undefined;
        this.byRule.clear();
        this.exceptions.clear();
      } else {
        for (const id of directive.ids) {
          this.byRule.delete(id);
          if (this.all) this.exceptions.add(id);
        }
      }
    }
  }

  suppressor(ruleId: string): Directive | undefined {
    return this.byRule.get(ruleId) ?? (this.all && !this.exceptions.has(ruleId) ? this.all : undefined);
  }
}

/**
 * disable-next-line directives by the line they cover. Lines of a document never overlap,
 * so the line holding an offset is found by binary search; directives built by hand with
 * overlapping lines are checked one by one instead.
 */
class NextLineIndex {
  /** Distinct lines in start order, each with its directives in directive order. */
  private readonly lines: Array<{ line: OffsetRange; directives: Directive[] }> = [];
  private readonly overlapping: boolean;

  constructor(private readonly directives: Directive[]) {
    const byStart = new Map<string, { line: OffsetRange; directives: Directive[] }>();
    for (const d of directives) {
      if (!d.line) continue;
      const key = `${d.line.start}:${d.line.end}`;
      const group = byStart.get(key);
      if (group) group.directives.push(d);
      else byStart.set(key, { line: d.line, directives: [d] });
    }
    this.lines = [...byStart.values()].sort((a, b) => a.line.start - b.line.start);
    this.overlapping = this.lines.some((g, i) => i > 0 && g.line.start <= this.lines[i - 1].line.end);
  }

  /** Directives whose line holds `at`, in directive order. */
  at(at: number): Directive[] {
    if (this.overlapping) return this.directives.filter((d) => d.line && at >= d.line.start && at <= d.line.end);
    let low = 0;
    let high = this.lines.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.lines[mid].line.start <= at) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return found >= 0 && at <= this.lines[found].line.end ? this.lines[found].directives : [];
  }
}

/** Directives grouped for lookup: per finding, only the ones that can apply are replayed. */
interface DirectiveIndex {
  nextLine: NextLineIndex;
  html: Directive[];
  /** Body directives by template id (ids may repeat: the range check picks the template). */
  body: Map<string, Directive[]>;
}

function indexDirectives(directives: Directive[]): DirectiveIndex {
  const nextLine: Directive[] = [];
  const html: Directive[] = [];
  const body = new Map<string, Directive[]>();
  for (const d of directives) {
    if (d.kind === 'disable-next-line') nextLine.push(d);
    else if (d.comment.kind === 'html') html.push(d);
    else if (d.template) {
      const list = body.get(d.template.id) ?? [];
      list.push(d);
      body.set(d.template.id, list);
    }
  }
  return { nextLine: new NextLineIndex(nextLine), html, body };
}

/**
 * HTML directives replayed in document order up to an offset. Queried with offsets in
 * ascending order, each directive is applied once for all findings.
 */
class HtmlReplay {
  private readonly state = new DisableState();
  private next = 0;

  constructor(private readonly directives: Directive[]) {}

  /** State after every directive that starts before `at` (offsets must not decrease). */
  before(at: number): DisableState {
    while (this.next < this.directives.length && this.directives[this.next].comment.range.start < at) {
      this.state.apply(this.directives[this.next++]);
    }
    return this.state;
  }
}

function suppressorOf(finding: Finding, index: DirectiveIndex, html: HtmlReplay): Directive | undefined {
  const at = finding.range.start;
  for (const d of index.nextLine.at(at)) {
    if (covers(d, finding.ruleId) && (!d.template || (at >= d.template.range.start && at < d.template.range.end))) return d;
  }
  const bodyDirectives = finding.templateId !== undefined ? index.body.get(finding.templateId) : undefined;
  if (bodyDirectives) {
    const body = new DisableState();
    for (const d of bodyDirectives) {
      const template = d.template!;
      if (at < template.range.start || at >= template.range.end) continue;
      // A body directive applies to the rest of its template, and to findings about the
      // template as a whole (reported before its body: heading, metadata).
      if (d.comment.range.start <= at || at < template.body.range.start) body.apply(d);
    }
    const directive = body.suppressor(finding.ruleId);
    if (directive) return directive;
  }
  return html.before(at).suppressor(finding.ruleId);
}

/** Drop findings hidden by directives; mark which directive ids were used. */
export function applyDirectives(findings: Finding[], directives: Directive[]): Finding[] {
  if (directives.length === 0) return findings;
  const index = indexDirectives(directives);
  const html = new HtmlReplay(index.html);
  // Visit findings by start offset so the HTML directives are replayed once, not per finding.
  const order = findings.map((_, i) => i);
  if (findings.some((f, i) => i > 0 && f.range.start < findings[i - 1].range.start)) {
    order.sort((a, b) => findings[a].range.start - findings[b].range.start);
  }
  const hidden = new Uint8Array(findings.length);
  for (const i of order) {
    const finding = findings[i];
    if (UNSUPPRESSIBLE.has(finding.ruleId)) continue;
    const directive = suppressorOf(finding, index, html);
    if (!directive) continue;
    directive.used.add(directive.ids === null ? '*' : finding.ruleId);
    hidden[i] = 1;
  }
  return findings.filter((_, i) => hidden[i] === 0);
}

/** Edit that removes a comment, with its line when the comment stands alone on it. */
export function removeCommentFix(text: string, range: OffsetRange): Fix {
  let lineStart = range.start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = range.end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const alone = text.slice(lineStart, range.start).trim() === '' && text.slice(range.end, lineEnd).trim() === '';
  if (alone) {
    let end = lineEnd;
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
    return { edits: [{ range: { start: lineStart, end }, text: '' }] };
  }
  // Inline: also take one adjacent space so no double space is left in the sent text.
  const start = text[range.start - 1] === ' ' && text[range.end] === ' ' ? range.start - 1 : range.start;
  return { edits: [{ range: { start, end: range.end }, text: '' }] };
}

function rewriteFix(directive: Directive, keep: string[]): Fix {
  const name = `smslint-${directive.kind}`;
  const inner = `${name} ${keep.join(', ')}`;
  const text = directive.comment.kind === 'html' ? `<!-- ${inner} -->` : `{{!-- ${inner} --}}`;
  return { edits: [{ range: directive.comment.range, text }] };
}

/** Reports for disable directives that hid nothing and for unknown rule ids. */
export function directiveReports(file: TemplateFile, directives: Directive[]): DirectiveReport[] {
  const reports: DirectiveReport[] = [];
  const templateAt = templateFinder(file);
  for (const d of directives) {
    const name = `smslint-${d.kind}`;
    const template = templateAt(d.comment.range.start);
    const unknown = (d.ids ?? []).filter((id) => !getRule(id));
    const unused =
      d.kind === 'enable' ? [] : d.ids === null ? (d.used.size === 0 ? ['*'] : []) : d.ids.filter((id) => getRule(id) && !d.used.has(id));
    if (unknown.length === 0 && unused.length === 0) continue;
    const parts: string[] = [];
    if (unknown.length) parts.push(`unknown rule${unknown.length > 1 ? 's' : ''} ${unknown.map((id) => `"${id}"`).join(', ')}`);
    if (unused.includes('*')) parts.push('no problems were reported where it applies');
    else if (unused.length) parts.push(`no ${unused.map((id) => `"${id}"`).join(', ')} problems were reported where it applies`);
    const keep = (d.ids ?? []).filter((id) => !unknown.includes(id) && !unused.includes(id));
    const removeAll = d.ids === null || keep.length === 0;
    const drop = removeAll ? 'remove it' : `remove ${[...unknown, ...unused].map((id) => `"${id}"`).join(', ')}`;
    const why = parts.join('; ');
    reports.push({
      message: `${d.kind === 'enable' ? 'Invalid' : 'Unused'} ${name} directive: ${drop}. ${why.charAt(0).toUpperCase()}${why.slice(1)}.`,
      range: d.comment.range,
      fix: removeAll ? removeCommentFix(file.text, d.comment.range) : rewriteFix(d, keep),
      template,
    });
  }
  return reports;
}
