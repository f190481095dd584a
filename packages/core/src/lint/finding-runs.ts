/**
 * A lint whose per-template findings stay relative to their template (for an editor).
 *
 * A keystroke moves every template below it; `lintFile` re-bases each moved template's
 * findings (new Finding objects for ~1,000 templates per keystroke in a 2,000-template
 * catalog). `lintFileRuns` hands out the cached relative findings with their template's
 * start instead, in the order `lintFile` returns them, and builds the absolute list only
 * when `result.findings` is first read (code actions, fix-all). Where that order cannot be
 * kept without re-basing (inline directives, findings outside their template, runs that
 * would interleave), it falls back to `lintFile`'s list as one run at offset 0.
 */
import type { Finding } from '../rules/types.js';
import { isPlacedIn } from '../template/placement.js';
import type { Template, TemplateFile } from '../template/types.js';
import type { CachedTemplateFindings, LintCache } from './cache.js';
import { lineBreakAfter } from './template-cache-key.js';
import { compareRuleIds } from '../rules/registry.js';
import { cachedEntry, DEFAULT_CONFIG, fileFindings, keyedCache, lintFile, overrideErrors, parseFindings, byPosition, shift, type RunContext } from './engine.js';
import type { LintOptions, LintResult } from './types.js';

/**
 * Findings in runs: run i's ranges are relative to `bases[i]` (0: absolute). Two columns
 * rather than an object per run: a pass over a 2,000-template catalog would make 2,000.
 */
export interface FindingRuns {
  bases: number[];
  lists: (readonly Finding[])[];
}

/** A lint result and its findings as runs: concatenated and moved to their bases, they are `result.findings`. */
export interface LintRuns {
  result: LintResult;
  runs: FindingRuns;
}

/** byPosition for findings given relative to bases, without moving them. */
function compareAt(a: Finding, aBase: number, b: Finding, bBase: number): number {
  return a.range.start + aBase - (b.range.start + bBase) || a.range.end + aBase - (b.range.end + bBase) || compareRuleIds(a.ruleId, b.ruleId);
}

/** The runs' findings moved to their bases, in order. */
export function placeRuns(runs: FindingRuns): Finding[] {
  const findings: Finding[] = [];
  runs.lists.forEach((list, i) => {
    for (const finding of list) findings.push(shift(finding, runs.bases[i]));
  });
  return findings;
}

/** Absolute findings as runs (one run, none when empty). */
export function absoluteRuns(findings: readonly Finding[]): FindingRuns {
  return findings.length ? { bases: [0], lists: [findings] } : { bases: [], lists: [] };
}

function whole(result: LintResult): LintRuns {
  return { result, runs: absoluteRuns(result.findings) };
}

/** Lint `file` like `lintFile(file, options, cache)`, keeping cached findings relative (see above). Never throws. */
export function lintFileRuns(file: TemplateFile, options: LintOptions, cache: LintCache): LintRuns {
  try {
    return runs(file, options, cache) ?? whole(lintFile(file, options, cache));
  } catch {
    return whole(lintFile(file, options, cache));
  }
}

/**
 * What the last lint through a cache found per template. A keystroke leaves the templates
 * above it the same objects and moves the ones below it (copies with the same metadata
 * object); for those the entry is taken from here, without building or looking up a key.
 * That is the entry the cache would return: the key's file part is compared, and a
 * template the parser vouches for (template/placement.ts) with the same metadata object
 * has the same id, text, dialect and default variable; the line break after it is
 * compared. Entries are not refreshed in the cache's recency list: this memo holds them.
 */
interface RunsMemo {
  context: string;
  templates: Template[];
  entries: CachedTemplateFindings[];
  /**
   * Per template: the line break after it (BREAKS' index) and VOUCHED. A typed array: its
   * bytes live outside V8's heap, so the memo a keystroke keeps until the next one is one
   * array of entries for the young generation's collections to copy, not three.
   */
  flags: Uint8Array;
}

const BREAKS = ['', '\n', '\r\n', '\r'];
const VOUCHED = 4;

function flagsOf(breakAfter: string, vouched: boolean): number {
  return BREAKS.indexOf(breakAfter) | (vouched ? VOUCHED : 0);
}

const memos = new WeakMap<LintCache, RunsMemo>();

/** How many templates at the start of `now` are the memo's (same objects), and at the end (same metadata objects). */
function keptEnds(now: Template[], before: Template[]): { head: number; tail: number } {
  const limit = Math.min(now.length, before.length);
  let head = 0;
  while (head < limit && now[head] === before[head]) head++;
  let tail = 0;
  while (tail < limit - head && now[now.length - 1 - tail].metadata === before[before.length - 1 - tail].metadata) tail++;
  return { head, tail };
}

/** The runs in lintFile's order, or null where keeping that order needs the absolute list. */
function runs(file: TemplateFile, options: LintOptions, cache: LintCache): LintRuns | null {
  if (options.inlineConfig !== false && file.smslintComments.length > 0) return null;
  const run: RunContext = { file, config: options.config ?? DEFAULT_CONFIG, options, enabled: new Map() };
  const keyed = keyedCache(cache, file, run);
  const bases: number[] = [];
  const lists: (readonly Finding[])[] = [];
  // Where each run's template ends: a run's findings lie within its template's range.
  const ends: number[] = [];
  const templates = file.templates;
  const count = templates.length;
  const memo = memos.get(cache);
  const usable = memo && memo.context === keyed.context ? memo : null;
  const { head, tail } = usable ? keptEnds(templates, usable.templates) : { head: 0, tail: 0 };
  const next: RunsMemo = { context: keyed.context, templates, entries: new Array(count), flags: new Uint8Array(count) };
  for (let i = 0; i < count; i++) {
    const template = templates[i];
    const flags = flagsOf(lineBreakAfter(file.text, template.range.end), isPlacedIn(template, file.text));
    const before = i < head ? i : i >= count - tail ? i - count + usable!.templates.length : -1;
    // Vouched for now and then, with the same line break after it.
    const entry = before >= 0 && flags & VOUCHED && usable!.flags[before] === flags ? usable!.entries[before] : cachedEntry(template, run, keyed);
    next.entries[i] = entry;
    next.flags[i] = flags;
    // lintFile sorts these with the template's other findings: kept simple by falling back.
    if (entry.absolute.length > 0) return null;
    if (entry.relative.length === 0) continue;
    const base = template.range.start;
    const last = lists.length - 1;
    // Each run is sorted; the concatenation is what the final stable sort keeps only if sorted.
    // After a template that ends before this one starts it is (no finding objects are read).
    if (last >= 0 && ends[last] >= base && compareAt(lists[last][lists[last].length - 1], bases[last], entry.relative[0], base) > 0) return null;
    bases.push(base);
    lists.push(entry.relative);
    ends.push(template.range.end);
  }
  // In lintFile these come after every template finding, so a template finding wins a tie.
  const others = [...fileFindings(file, run), ...parseFindings(file, run)].sort(byPosition);
  let merged: FindingRuns = { bases, lists };
  if (others.length > 0) {
    merged = { bases: [], lists: [] };
    let o = 0;
    for (let i = 0; i < lists.length; i++) {
      const base = bases[i];
      const findings = lists[i];
      const from = o;
      while (o < others.length && others[o].range.start <= ends[i] && compareAt(others[o], 0, findings[0], base) < 0) o++;
      if (o > from) {
        merged.bases.push(0);
        merged.lists.push(others.slice(from, o));
      }
      // One that sorts inside the run would split it (one starting after the run's template cannot).
      if (o < others.length && others[o].range.start <= ends[i] && compareAt(others[o], 0, findings[findings.length - 1], base) < 0) return null;
      merged.bases.push(base);
      merged.lists.push(findings);
    }
    if (o < others.length) {
      merged.bases.push(0);
      merged.lists.push(others.slice(o));
    }
  }

  memos.set(cache, next);
  let placed: Finding[] | undefined;
  const result: LintResult = {
    filePath: options.filePath,
    file,
    get findings(): Finding[] {
      return (placed ??= placeRuns(merged));
    },
  };
  const errors = overrideErrors(options);
  if (errors.length) result.configErrors = errors;
  return { result, runs: merged };
}
