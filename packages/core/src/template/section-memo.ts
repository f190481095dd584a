import { scanSectionStarts, type HeadingVerdicts, type ScanState, type SectionStart } from './catalog-sections.js';
import { shiftComments, shiftTemplate } from './shift.js';
import type { EditMap } from './text-diff.js';
import type { SmslintComment, Template } from './types.js';

/**
 * A `#`/`##` section of a memoising parse, at `placedAt`, with its heading line's geometry
 * relative to it. A `##` section's template was parsed at offset 0 of its own section text
 * (`template`, `comments`); `placed`/`placedComments` are that parse moved to `placedAt`.
 * Entries are handed on from parse to parse and moved in place (a parse keeps no other).
 */
export interface SectionEntry {
  level: 1 | 2;
  length: number;
  headingEnd: number;
  bodyStart: number;
  placedAt: number;
  template: Template | null;
  comments: SmslintComment[];
  placed: Template | null;
  placedComments: SmslintComment[];
}

/** The sections of one parse, in order, and whether remark found the last of them (see scanSectionStarts). */
export interface SectionLayout {
  sections: SectionEntry[];
  byRemark: boolean;
  /** Where the scan started (after front matter). */
  from: number;
}

export type SectionParser = (start: SectionStart, end: number) => { template: Template; comments: SmslintComment[] };

const NO_COMMENTS: SmslintComment[] = [];

/**
 * The sections of `text`, re-using `previous` (the layout of the text before `edit`) so
 * that a keystroke's cost follows the edit, not the document:
 * - headings whose line lies before the edit stand (each verdict depends only on the text
 *   from the heading before it), and so do the sections between them;
 * - the scan resumes after the last of them and stops at the first heading it takes after
 *   the edit where the previous scan also took one: from there on that scan's headings
 *   hold, moved by the edit's length, because what follows a taken heading depends only on
 *   the text from it on (scanSectionStarts' ScanState);
 * - a section whose text is unchanged keeps its parsed template, moved where it now sits.
 * Without `previous` (or after a remark fallback, whose headings are not a scan's, or when
 * the front matter's end moved) the whole text is scanned, still re-using unchanged sections. `parse` parses a new section.
 */
export function layoutSections(
  text: string,
  from: number,
  previous: SectionLayout | null,
  edit: EditMap | null,
  verdicts: HeadingVerdicts,
  parse: SectionParser,
): SectionLayout {
  const old = previous && edit ? previous.sections : [];
  // Front matter that grew or shrank changes where headings may start: scan it all again.
  const incremental = previous !== null && edit !== null && !previous.byRemark && previous.from === from;
  // Old sections [0, kept) stand where they are; old section `kept` is the heading the scan resumes after.
  let kept = 0;
  let resume: ScanState | null = null;
  if (incremental) {
    // Headings whose line, break included, ends before the edit; the character after it is
    // unchanged too (a lone CR followed by an inserted LF would end the line elsewhere).
    const standing = firstAtOrAfter(old, edit.prefix, (entry) => entry.placedAt + entry.bodyStart);
    if (standing > 0) {
      kept = standing - 1;
      resume = { chunkStart: old[kept].placedAt, scanFrom: old[kept].placedAt + old[kept].bodyStart };
    }
  }
  let tail = -1;
  const scan = scanSectionStarts(
    text,
    from,
    resume,
    verdicts,
    incremental
      ? (start) => {
          if (start < edit.suffixStart) return false;
          const at = firstAtOrAfter(old, start - edit.delta, (entry) => entry.placedAt, kept);
          if (at === old.length || old[at].placedAt !== start - edit.delta) return false;
          tail = at;
          return true;
        }
      : undefined,
  );

  const sections: SectionEntry[] = old.slice(0, kept);
  const starts = resume ? [geometry(old[kept]), ...scan.starts] : scan.starts;
  const endOfMiddle = tail >= 0 ? old[tail].placedAt + edit!.delta : text.length;
  // Old entries are looked up in order, each at most once (the ones re-used move in place).
  let cursor = kept;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1].start : endOfMiddle;
    let entry: SectionEntry | undefined;
    const oldStart = edit && old.length > 0 ? edit.toOld(start.start, end) : null;
    if (oldStart !== null) {
      cursor = firstAtOrAfter(old, oldStart, (e) => e.placedAt, cursor);
      const found = old[cursor];
      if (found && found.placedAt === oldStart) {
        cursor++;
        if (found.length === end - start.start && found.level === start.level) entry = found;
      }
    }
    entry ??= newEntry(start, end, parse);
    moveEntry(entry, start.start);
    sections.push(entry);
  }
  if (tail >= 0) {
    for (let j = tail; j < old.length; j++) {
      moveEntry(old[j], old[j].placedAt + edit!.delta);
      sections.push(old[j]);
    }
  }
  return { sections, byRemark: scan.byRemark, from };
}

function geometry(entry: SectionEntry): SectionStart {
  return { start: entry.placedAt, headingEnd: entry.placedAt + entry.headingEnd, bodyStart: entry.placedAt + entry.bodyStart, level: entry.level };
}

function newEntry(start: SectionStart, end: number, parse: SectionParser): SectionEntry {
  const entry: SectionEntry = {
    level: start.level,
    length: end - start.start,
    headingEnd: start.headingEnd - start.start,
    bodyStart: start.bodyStart - start.start,
    placedAt: 0,
    template: null,
    comments: NO_COMMENTS,
    placed: null,
    placedComments: NO_COMMENTS,
  };
  if (start.level === 2) {
    const parsed = parse(start, end);
    entry.template = entry.placed = parsed.template;
    // Most sections have none: one shared empty list, not one per section to read each parse.
    entry.comments = entry.placedComments = parsed.comments.length === 0 ? NO_COMMENTS : parsed.comments;
  }
  return entry;
}

/** Moves an entry's template to `at` (a new Template object: earlier files keep theirs). */
function moveEntry(entry: SectionEntry, at: number): void {
  if (entry.placedAt === at) return;
  entry.placedAt = at;
  if (entry.template) {
    entry.placed = shiftTemplate(entry.template, at);
    entry.placedComments = entry.comments.length === 0 ? entry.comments : shiftComments(entry.comments, at);
  }
}

/** Index of the first entry from `from` on whose `value` is at least `offset` (entries are in offset order). */
function firstAtOrAfter(entries: SectionEntry[], offset: number, value: (entry: SectionEntry) => number, from = 0): number {
  let low = from;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (value(entries[mid]) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
