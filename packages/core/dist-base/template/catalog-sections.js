import { parseMarkdown } from './markdown.js';
import { lineAt } from './lines.js';
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
 * Finds the template boundaries of a catalog from `from` (after front matter). A cheap
 * line scan proposes every `#`/`##` line; where the text before one holds a construct
 * that could make it literal (fenced code, HTML block, container indentation), remark
 * decides, parsing only that section plus the heading line. Equal to remark's own
 * root-level ATX headings over the whole document (property-tested). Setext headings
 * (`Title` over `---`) never delimit templates: `---` under a line is a common SMS
 * signature separator.
 */
export function findSectionStarts(text, from, verdicts) {
    const candidates = candidateLines(text, from);
    const starts = [];
    // The first chunk starts at the document start, so remark sees the front matter too.
    let chunkStart = 0;
    let scanFrom = from;
    let merges = 0;
    const scanner = new RiskScanner(text);
    for (const candidate of candidates) {
        const risk = candidate.indent > 0 ? 'unknown' : scanner.before(scanFrom, candidate.start);
        // Inside a settled code fence: literal text, no need to ask remark.
        if (risk === 'fenced')
            continue;
        if (risk === 'unknown' && !isHeadingAfter(text, chunkStart, candidate, verdicts)) {
            if (++merges > MAX_MERGES)
                return [...starts, ...headingsByRemark(text, chunkStart, starts.length > 0 ? starts[starts.length - 1].start : -1)];
            continue;
        }
        starts.push({ start: candidate.start, headingEnd: candidate.end, bodyStart: candidate.next, level: candidate.level });
        chunkStart = candidate.start;
        scanFrom = candidate.next;
        merges = 0;
    }
    return starts;
}
/** A `#`/`##` line as CommonMark writes an ATX heading: up to 3 spaces, then 1–2 `#`, then space or end. */
const CANDIDATE = / {0,3}#{1,2}(?=[ \t\r\n]|$)/y;
/**
 * The line break before a candidate line (a literal first character keeps the search fast;
 * the rest is lookahead, so `test` + `lastIndex` find it without allocating a match).
 */
const CANDIDATES_AFTER_BREAK = /[\n\r](?= {0,3}#{1,2}(?:[ \t\r\n]|$))/g;
function candidateLines(text, from) {
    const out = [];
    const add = (start) => {
        let indent = 0;
        while (text.charCodeAt(start + indent) === 32)
            indent++;
        let level = 0;
        while (text.charCodeAt(start + indent + level) === 35)
            level++;
        const line = lineAt(text, start);
        out.push({ start, end: line.end, next: line.next, level: level, indent });
    };
    CANDIDATE.lastIndex = from;
    if (CANDIDATE.test(text))
        add(from);
    CANDIDATES_AFTER_BREAK.lastIndex = from;
    while (CANDIDATES_AFTER_BREAK.test(text))
        add(CANDIDATES_AFTER_BREAK.lastIndex);
    return out;
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
    text;
    /** The last settled fence found: [opener line start, offset after the closing line). */
    fence = null;
    /** The last search for a risky line: from where, and what it found. */
    searched = [-1, -1];
    constructor(text) {
        this.text = text;
    }
    before(from, until) {
        const text = this.text;
        if (this.fence && this.fence[0] >= from && this.fence[0] < until && until < this.fence[1])
            return 'fenced';
        let at = this.nextRisky(from);
        while (at < until) {
            const fence = this.settledFence(at);
            if (!fence)
                return 'unknown';
            if (fence[1] > until)
                return 'fenced';
            at = this.nextRisky(fence[1]);
        }
        return 'none';
    }
    /** nextRiskyLine, re-using the last search when `from` lies inside the span it covered. */
    nextRisky(from) {
        const [searchedFrom, found] = this.searched;
        if (from >= searchedFrom && from <= found)
            return found;
        const at = nextRiskyLine(this.text, from);
        this.searched = [from, at];
        return at;
    }
    settledFence(at) {
        const text = this.text;
        if (this.fence && this.fence[0] === at)
            return this.fence;
        const line = lineAt(text, at);
        const opener = FENCE_OPENER.exec(text.slice(line.start, line.end));
        if (!opener)
            return null;
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
function nextRiskyLine(text, from) {
    RISKY.lastIndex = from;
    if (RISKY.test(text))
        return from;
    RISKY_AFTER_BREAK.lastIndex = from;
    const match = RISKY_AFTER_BREAK.exec(text);
    return match ? match.index + 1 : text.length;
}
/** Whether remark reads the candidate line as a root heading after text[chunkStart, candidate.start). */
function isHeadingAfter(text, chunkStart, candidate, verdicts) {
    const known = verdicts?.lookup(chunkStart, candidate.start, candidate.end);
    if (known !== undefined)
        return known;
    const prefix = stripBom(text.slice(chunkStart, candidate.start));
    const tree = parseMarkdown(prefix + text.slice(candidate.start, candidate.end));
    const last = tree.children[tree.children.length - 1];
    const verdict = last?.type === 'heading' && (last.position?.start.offset ?? -1) >= prefix.length;
    verdicts?.store(chunkStart, candidate.start, verdict);
    return verdict;
}
/** Root-level ATX headings of level ≤ 2 in text[prefixStart…], after `after`. */
function headingsByRemark(text, prefixStart, after) {
    const bom = prefixStart === 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const tree = parseMarkdown(text.slice(prefixStart + bom));
    const out = [];
    for (const node of tree.children) {
        if (node.type !== 'heading' || node.depth > 2 || !node.position)
            continue;
        const at = prefixStart + bom + (node.position.start.offset ?? 0);
        let lineStart = at;
        while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13)
            lineStart--;
        const headingEnd = prefixStart + bom + (node.position.end.offset ?? 0);
        // Setext headings (text over a ---/=== line) span two lines and never delimit templates.
        if (lineStart <= after || /[\r\n]/.test(text.slice(at, headingEnd)))
            continue;
        let end = at;
        while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13)
            end++;
        const next = end < text.length ? (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1) : end;
        out.push({ start: lineStart, headingEnd: end, bodyStart: next, level: node.depth });
    }
    return out;
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
//# sourceMappingURL=catalog-sections.js.map