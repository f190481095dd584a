import type { Heading } from 'mdast';
import { parseMarkdown } from './markdown.js';
import { lineAt } from './lines.js';

/** A root-level ATX heading of level 1 or 2: where a template (`##`) or documentation (`#`) starts. */
export interface SectionStart {
  start: number;
  /** End of the heading line (before its line break). */
  headingEnd: number;
  /** Offset after the heading line's break. */
  bodyStart: number;
  level: 1 | 2;
}

/**
 * Lines that can open a block swallowing a later `##` line: a code fence, an HTML block
 * (a one-line `<!-- … -->` closes itself) or a link definition whose title may span lines.
 */
const RISKY = / {0,3}(?:`{3}|~{3}|<(?!!--.*-->)|\[)/y;
/** The same after a line break: a literal first character lets the regex engine skip ahead fast. */
const RISKY_AFTER_BREAK = /[\n\r] {0,3}(?:`{3}|~{3}|<(?!!--.*-->)|\[)/g;
/** Candidates in a row that may fail verification before remark parses the rest at once. */
const MAX_MERGES = 4;

/**
 * Remembers remark's verdicts on candidate heading lines. A verdict depends only on
 * text[chunkStart, candidate line end), so a re-parse can re-use those whose text is unchanged.
 */
export interface HeadingVerdicts {
  lookup(chunkStart: number, candidateStart: number, candidateEnd: number): boolean | undefined;
  store(chunkStart: number, candidateStart: number, verdict: boolean): void;
}

/**
 * Finds the template boundaries of a catalog from `from` (after front matter). A cheap
 * line scan proposes every `#`/`##` line; where the text before one holds a construct
 * that could make it literal (fenced code, HTML block, container indentation), remark
 * decides, parsing only that section plus the heading line. Equal to remark's own
 * root-level ATX headings over the whole document (property-tested). Setext headings
 * (`Title` over `---`) never delimit templates: `---` under a line is a common SMS
 * signature separator.
 */
export function findSectionStarts(text: string, from: number, verdicts?: HeadingVerdicts): SectionStart[] {
  return scanSectionStarts(text, from, null, verdicts).starts;
}

/**
 * Where a scan stands right after it took a heading: every later verdict
 * depends only on the text from `chunkStart` on, so a scan resumed here finds what a scan
 * from the start finds.
 */
export interface ScanState {
  /** Start of the last heading taken. */
  chunkStart: number;
  /** Where candidates are looked for: the line after that heading. */
  scanFrom: number;
}

export interface SectionScan {
  starts: SectionStart[];
  /** The scan stopped at a heading `resync` accepted (not in `starts`), at this offset; -1 if not. */
  resyncedAt: number;
  /** The tail was left to remark (too many unsure candidates in a row): `starts` runs to the end. */
  byRemark: boolean;
}

/**
 * findSectionStarts from `resume` (from the start when null: the first chunk starts at the
 * document start, so remark sees the front matter too). With `resync`, the scan stops at
 * the first heading it takes for which `resync(start)` is true: a memoising parser passes
 * "a heading the previous scan also took here, after the edit", from which on the previous
 * scan's headings hold, moved by the edit's length.
 */
export function scanSectionStarts(
  text: string,
  from: number,
  resume: ScanState | null,
  verdicts?: HeadingVerdicts,
  resync?: (start: number) => boolean,
): SectionScan {
  const starts: SectionStart[] = [];
  let chunkStart = resume ? resume.chunkStart : 0;
  let scanFrom = resume ? resume.scanFrom : from;
  let merges = 0;
  const scanner = new RiskScanner(text);
  const candidates = new CandidateLines(text, scanFrom);
  for (let candidate = candidates.next(); candidate !== null; candidate = candidates.next()) {
    const risk = candidate.indent > 0 ? 'unknown' : scanner.before(scanFrom, candidate.start);
    // Inside a settled code fence: literal text, no need to ask remark.
    if (risk === 'fenced') continue;
    if (risk === 'unknown' && !isHeadingAfter(text, chunkStart, candidate, verdicts)) {
      if (++merges > MAX_MERGES) {
        const last = starts.length > 0 ? starts[starts.length - 1].start : resume ? resume.chunkStart : -1;
        for (const start of headingsByRemark(text, chunkStart, last)) starts.push(start);
        return { starts, resyncedAt: -1, byRemark: true };
      }
      continue;
    }
    if (resync && resync(candidate.start)) return { starts, resyncedAt: candidate.start, byRemark: false };
    starts.push({ start: candidate.start, headingEnd: candidate.end, bodyStart: candidate.next, level: candidate.level });
    chunkStart = candidate.start;
    scanFrom = candidate.next;
    merges = 0;
  }
  return { starts, resyncedAt: -1, byRemark: false };
}

interface Candidate {
  start: number;
  end: number;
  next: number;
  level: 1 | 2;
  indent: number;
}

/** A `#`/`##` line as CommonMark writes an ATX heading: up to 3 spaces, then 1–2 `#`, then space or end. */
const CANDIDATE = / {0,3}#{1,2}(?=[ \t\r\n]|$)/y;
/**
 * The line break before a candidate line (a literal first character keeps the search fast;
 * the rest is lookahead, so `test` + `lastIndex` find it without allocating a match).
 */
const CANDIDATES_AFTER_BREAK = /[\n\r](?= {0,3}#{1,2}(?:[ \t\r\n]|$))/g;

/** Candidate lines from `from` on, one at a time (a resumed scan stops early: no list of the rest). */
class CandidateLines {
  private at: number;
  private first = true;

  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.at = from;
  }

  next(): Candidate | null {
    const text = this.text;
    if (this.first) {
      this.first = false;
      CANDIDATE.lastIndex = this.at;
      if (CANDIDATE.test(text)) return this.candidate(this.at);
    }
    CANDIDATES_AFTER_BREAK.lastIndex = this.at;
    if (!CANDIDATES_AFTER_BREAK.test(text)) {
      this.at = text.length;
      return null;
    }
    return this.candidate(CANDIDATES_AFTER_BREAK.lastIndex);
  }

  private candidate(start: number): Candidate {
    const text = this.text;
    let indent = 0;
    while (text.charCodeAt(start + indent) === 32) indent++;
    let level = 0;
    while (text.charCodeAt(start + indent + level) === 35) level++;
    const line = lineAt(text, start);
    // The next search starts at this line's break: the break before the next candidate.
    this.at = line.end;
    return { start, end: line.end, next: line.next, level: level as 1 | 2, indent };
  }
}

/** A code fence opener at column 0 (a backtick fence's info string holds no backtick). */
const FENCE_OPENER = /^(?:(`{3,})[^`\r\n]*|(~{3,})[^\r\n]*)$/;

/**
 * Tells what stands between a chunk start and a candidate heading line:
 * - 'none': no line that could hide the candidate;
 * - 'fenced': the candidate is inside a settled code fence, so it is literal text;
 * - 'unknown': something only remark can judge.
 * A settled fence opens at column 0 (so it cannot sit in a list item or block quote, and
 * only its closing fence ends it; a backtick fence's info string holds no backtick) and
 * closes at the first line of at least as many of the same characters (up to 3 spaces
 * before, nothing after). Only chunks that start at a real heading (or the file start) are
 * scanned, so such an opener is a real root-level fence.
 */
class RiskScanner {
  /** The last settled fence found: [opener line start, offset after the closing line). */
  private fence: [number, number] | null = null;
  /** The last search for a risky line: from where, and what it found. */
  private searched: [number, number] = [-1, -1];

  constructor(private readonly text: string) {}

  before(from: number, until: number): 'none' | 'fenced' | 'unknown' {
    const text = this.text;
    if (this.fence && this.fence[0] >= from && this.fence[0] < until && until < this.fence[1]) return 'fenced';
    let at = this.nextRisky(from);
    while (at < until) {
      const fence = this.settledFence(at);
      if (!fence) return 'unknown';
      if (fence[1] > until) return 'fenced';
      at = this.nextRisky(fence[1]);
    }
    return 'none';
  }

  /** nextRiskyLine, re-using the last search when `from` lies inside the span it covered. */
  private nextRisky(from: number): number {
    const [searchedFrom, found] = this.searched;
    if (from >= searchedFrom && from <= found) return found;
    const at = nextRiskyLine(this.text, from);
    this.searched = [from, at];
    return at;
  }

  private settledFence(at: number): [number, number] | null {
    const text = this.text;
    if (this.fence && this.fence[0] === at) return this.fence;
    const line = lineAt(text, at);
    const opener = FENCE_OPENER.exec(text.slice(line.start, line.end));
    if (!opener) return null;
    const marks = opener[1] ?? opener[2];
    const closer = marks[0] === '`' ? new RegExp(`^ {0,3}\`{${marks.length},}[ \\t]*$`, 'gm') : new RegExp(`^ {0,3}~{${marks.length},}[ \\t]*$`, 'gm');
    closer.lastIndex = line.next;
    for (let close = closer.exec(text); close !== null; close = closer.exec(text)) {
      const start = close.index;
      if (start === line.next || text.charCodeAt(start - 1) === 10 || text.charCodeAt(start - 1) === 13) {
        return (this.fence = [at, lineAt(text, start).next]);
      }
      closer.lastIndex = start + 1;
    }
    return null;
  }
}

/** Start of the next line at or after `from` that opens a risky block (text.length if none). */
function nextRiskyLine(text: string, from: number): number {
  RISKY.lastIndex = from;
  if (RISKY.test(text)) return from;
  RISKY_AFTER_BREAK.lastIndex = from;
  const match = RISKY_AFTER_BREAK.exec(text);
  return match ? match.index + 1 : text.length;
}

/** Whether remark reads the candidate line as a root heading after text[chunkStart, candidate.start). */
function isHeadingAfter(text: string, chunkStart: number, candidate: Candidate, verdicts?: HeadingVerdicts): boolean {
  const known = verdicts?.lookup(chunkStart, candidate.start, candidate.end);
  if (known !== undefined) return known;
  const prefix = stripBom(text.slice(chunkStart, candidate.start));
  const tree = parseMarkdown(prefix + text.slice(candidate.start, candidate.end));
  const last = tree.children[tree.children.length - 1];
  const verdict = last?.type === 'heading' && (last.position?.start.offset ?? -1) >= prefix.length;
  verdicts?.store(chunkStart, candidate.start, verdict);
  return verdict;
}

/** Root-level ATX headings of level ≤ 2 in text[prefixStart…], after `after`. */
function headingsByRemark(text: string, prefixStart: number, after: number): SectionStart[] {
  const bom = prefixStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tree = parseMarkdown(text.slice(prefixStart + bom));
  const out: SectionStart[] = [];
  for (const node of tree.children) {
    if (node.type !== 'heading' || (node as Heading).depth > 2 || !node.position) continue;
    const at = prefixStart + bom + (node.position.start.offset ?? 0);
    let lineStart = at;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    const headingEnd = prefixStart + bom + (node.position.end.offset ?? 0);
    // Setext headings (text over a ---/=== line) span two lines and never delimit templates.
    if (lineStart <= after || /[\r\n]/.test(text.slice(at, headingEnd))) continue;
    let end = at;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const next = end < text.length ? (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1) : end;
    out.push({ start: lineStart, headingEnd: end, bodyStart: next, level: (node as Heading).depth as 1 | 2 });
  }
  return out;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
