import type { OffsetRange } from '../text/range.js';
import { findSectionStarts, type HeadingVerdicts } from './catalog-sections.js';
import { scanFrontMatter, type FrontMatterScan } from './front-matter.js';
import { mergeMetadata, validateMetadata } from './metadata.js';
import { slugify } from './slugify.js';
import { detachedSlice } from './detached-slice.js';
import { diffTexts } from './text-diff.js';
import { scanSmslintCommentLines } from './smslint-comments.js';
import { readTemplateRegion } from './template-region.js';
import type { ParseOptions, ParseProblem, SmslintComment, Template, TemplateFile, TemplateMetadata } from './types.js';
import { parseYamlBlock } from './yaml-block.js';
import { PLACED_AT, PLACED_IN, PLACED_WITH, place, type PlacedTemplate } from './placement.js';
import { layoutSections, type SectionLayout } from './section-memo.js';

export interface TemplateParser {
  /**
   * Parses like `parseTemplateFile`, re-using what the previous call found in unchanged
   * text. `options` replace the parser's own for this call (a config change).
   */
  parse(text: string, path: string, options?: ParseOptions): TemplateFile;
}

/** What a parse leaves for the next one. */
interface ParseState {
  text: string;
  path: string;
  contextKey: string;
  front: FrontMatterResult;
  /** Catalog sections in order (entries move on to the next parse: see section-memo.ts). */
  layout: SectionLayout | null;
  /** remark's verdicts on candidate heading lines, by "chunkStart:candidateStart". */
  verdicts: Map<string, boolean>;
}

/**
 * A parser for one document that re-uses its previous result: sections whose text did
 * not change (everything outside the edited span) keep their parsed templates and only
 * move by the edit's length; heading checks in unchanged text are not repeated. After a
 * one-character edit only the touched section is parsed. The language server keeps one
 * per open document.
 */
export function createTemplateParser(options: ParseOptions = {}): TemplateParser {
  let previous: ParseState | null = null;
  return {
    parse(text, path, callOptions) {
      const from = previous?.path === path ? previous : null;
      // A parse moves the previous one's section entries: if it failed halfway, they are not to be trusted.
      previous = null;
      const { file, state } = parseWith(text, path, callOptions ?? options, from, true);
      previous = state;
      return file;
    },
  };
}

/** `*.sms` → single template; `*.sms.md`, `*.md` and anything else → catalog. Never throws. */
export function parseTemplateFile(text: string, path: string, options: ParseOptions = {}): TemplateFile {
  return parseWith(text, path, options, null, false).file;
}

/**
 * Parses `text`, re-using `previous` where its text is unchanged. With `remember`, the
 * state for the next parse is kept: sections are parsed as texts of their own (see
 * SectionEntry) and moved into place. A one-off parse reads them in place.
 */
function parseWith(
  text: string,
  path: string,
  options: ParseOptions,
  previous: ParseState | null,
  remember: boolean,
): { file: TemplateFile; state: ParseState } {
  const format = options.format ?? (/\.sms$/i.test(path.replace(/[?#].*$/, '')) ? 'single' : 'catalog');
  const problems: ParseProblem[] = [];
  // Front matter exists only in template files, never inside a locale string or a body.
  const front = options.frontMatter === false ? noFrontMatter() : readFrontMatter(text, problems, previous?.front);
  const defaults = mergeMetadata(options.defaults ?? {}, front.metadata);
  const contextKey = remember ? JSON.stringify([defaults, options.defaultVariable ?? null, options.placeholders ?? null]) : '';
  const state: ParseState = { text, path, contextKey, front, layout: null, verdicts: new Map() };
  const file: TemplateFile = {
    path,
    format,
    text,
    frontMatter: front.frontMatter,
    defaults,
    templates: [],
    smslintComments: [],
    problems,
  };
  if (format === 'single') {
    const region = readTemplateRegion(text, front.after, text.length, defaults.placeholders ?? options.placeholders);
    const name = fileBaseName(path);
    const range = { start: region.metadataRange?.start ?? region.body.range.start, end: Math.max(region.body.range.end, region.metadataRange?.end ?? 0) };
    const metadata = mergeMetadata(defaults, region.metadata);
    const template: PlacedTemplate = {
      id: slugify(name) || 'untitled',
      title: name,
      range,
      metadata,
      body: region.body,
      problems: region.problems,
      [PLACED_IN]: text,
      [PLACED_AT]: range.start,
      [PLACED_WITH]: metadata,
    };
    if (region.metadataRange) template.metadataRange = region.metadataRange;
    if (options.defaultVariable) template.defaultVariable = options.defaultVariable;
    file.templates.push(template);
    file.smslintComments = region.comments;
    return { file, state };
  }

  const edit = previous ? diffTexts(previous.text, text) : null;
  const verdicts: HeadingVerdicts = {
    lookup(chunkStart, candidateStart, candidateEnd) {
      const oldChunk = edit?.toOld(chunkStart, candidateEnd);
      if (oldChunk === null || oldChunk === undefined) return undefined;
      const verdict = previous!.verdicts.get(`${oldChunk}:${oldChunk + candidateStart - chunkStart}`);
      // Carried over at the new offsets, for the parse after this one.
      if (verdict !== undefined) state.verdicts.set(`${chunkStart}:${candidateStart}`, verdict);
      return verdict;
    },
    store(chunkStart, candidateStart, verdict) {
      state.verdicts.set(`${chunkStart}:${candidateStart}`, verdict);
    },
  };
  const documentation = (from: number, to: number) => {
    const scan = scanSmslintCommentLines(text, from, to);
    problems.push(...scan.problems);
    for (const comment of scan.comments) file.smslintComments.push({ kind: 'html', value: comment.value, range: { start: comment.start, end: comment.end } });
  };
  const seen = new Map<string, OffsetRange>();
  const add = (template: Template, comments: SmslintComment[]) => {
    file.templates.push(template);
    if (comments.length > 0) for (const comment of comments) file.smslintComments.push(comment);
    const earlier = seen.get(template.id);
    if (earlier) {
      problems.push({
        code: 'template-duplicate-id',
        message: `Another template above already has the id "${template.id}"; ids must be unique in a catalog.`,
        range: template.headingRange ?? template.range,
        severity: 'warning',
      });
    } else seen.set(template.id, template.headingRange ?? template.range);
  };
  if (remember) {
    // Sections are parsed as texts of their own and moved into place (see section-memo.ts).
    const reusable = previous && previous.contextKey === contextKey ? previous.layout : null;
    const layout = layoutSections(text, front.after, reusable, edit, verdicts, (start, end) => {
      const section = detachedSlice(text, start.start, end);
      return parseSection(section, 0, start.headingEnd - start.start, start.bodyStart - start.start, section.length, defaults, options);
    });
    state.layout = layout;
    const { sections } = layout;
    documentation(front.after, sections.length > 0 ? sections[0].placedAt : text.length);
    for (let i = 0; i < sections.length; i++) {
      const entry = sections[i];
      const end = i + 1 < sections.length ? sections[i + 1].placedAt : text.length;
      if (!entry.placed) {
        documentation(entry.placedAt + entry.bodyStart, end);
        continue;
      }
      // Vouched for in this text (template/placement.ts): a re-used template is in a new text.
      place(entry.placed, text, entry.placedAt);
      add(entry.placed, entry.placedComments);
    }
  } else {
    const starts = findSectionStarts(text, front.after);
    documentation(front.after, starts.length > 0 ? starts[0].start : text.length);
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i];
      const end = i + 1 < starts.length ? starts[i + 1].start : text.length;
      if (start.level === 1) documentation(start.bodyStart, end);
      else {
        const { template, comments } = parseSection(text, start.start, start.headingEnd, start.bodyStart, end, defaults, options);
        add(template, comments);
      }
    }
  }
  if (file.templates.length === 0) problems.push(noTemplateProblem(text, front.after));
  return { file, state };
}

/**
 * A catalog without a `##` template checks nothing, so it must not pass silently: text
 * written outside any template (a pasted reply, `###` headings) is an error; a catalog with
 * nothing in it yet is a warning.
 */
function noTemplateProblem(text: string, after: number): ParseProblem {
  const first = text.slice(after).search(/\S/);
  if (first < 0) {
    return {
      code: 'catalog-without-templates',
      message: 'This catalog has no template yet: start one with a "## Template name" heading.',
      range: { start: after, end: after },
      severity: 'warning',
    };
  }
  const start = after + first;
  const lineEnd = text.indexOf('\n', start);
  const deeper = /^ {0,3}#{3,6}[ \t]/m.test(text.slice(after));
  return {
    code: 'catalog-without-templates',
    message: `No template here, so nothing is checked: each template starts with a "## Template name" heading${deeper ? ' (### headings do not start one)' : ''}. For one message, name the file *.sms.`,
    range: { start, end: lineEnd < 0 ? text.length : lineEnd },
    severity: 'error',
  };
}

/**
 * Parses the `##` section text[start, end): its heading line ends at `headingEnd`, what
 * follows starts at `bodyStart`. Nothing outside the section is read.
 */
function parseSection(
  text: string,
  start: number,
  headingEnd: number,
  bodyStart: number,
  end: number,
  defaults: TemplateMetadata,
  options: ParseOptions,
): { template: Template; comments: SmslintComment[] } {
  const title = headingTitle(text.slice(start, headingEnd));
  const region = readTemplateRegion(text, bodyStart, end, defaults.placeholders ?? options.placeholders);
  const problems = region.problems;
  const id = slugify(title);
  if (!id) {
    problems.unshift({
      code: 'template-untitled',
      message: 'This template heading has no text to make an id from; it is called "untitled".',
      range: { start, end: headingEnd },
      severity: 'warning',
    });
  }
  const metadata = mergeMetadata(defaults, region.metadata);
  const template: PlacedTemplate = {
    id: id || 'untitled',
    title,
    headingRange: { start, end: headingEnd },
    range: { start, end: Math.max(headingEnd, region.body.range.end, region.metadataRange?.end ?? 0) },
    metadata,
    body: region.body,
    problems,
    // Placed where it was parsed (a memoising parse moves it into the document: place()).
    [PLACED_IN]: text,
    [PLACED_AT]: start,
    [PLACED_WITH]: metadata,
  };
  if (region.metadataRange) template.metadataRange = region.metadataRange;
  if (options.defaultVariable) template.defaultVariable = options.defaultVariable;
  return { template, comments: region.comments };
}

/** Heading text of an ATX line: markers, the optional closing `#` sequence and spaces removed. */
export function headingTitle(line: string): string {
  return line
    .replace(/^ {0,3}#{1,6}(?=[ \t]|$)/, '')
    .replace(/(?:^|[ \t]+)#+[ \t]*$/, '')
    .trim();
}

interface FrontMatterResult {
  /** The front matter text as written ('' when there is none). */
  source: string;
  frontMatter: TemplateFile['frontMatter'];
  metadata: TemplateMetadata;
  problems: ParseProblem[];
  after: number;
}

/** Reads the front matter; the previous parse's result is re-used when its text is unchanged. */
const noFrontMatter = (): FrontMatterResult => ({ source: '', frontMatter: null, metadata: {}, problems: [], after: 0 });

function readFrontMatter(text: string, problems: ParseProblem[], previous?: FrontMatterResult): FrontMatterResult {
  const scan = scanFrontMatter(text);
  const source = scan.kind === 'found' ? text.slice(scan.range.start, scan.range.end) : '';
  const result =
    previous && scan.kind === 'found' && previous.source === source && previous.after === scan.after
      ? previous
      : readScannedFrontMatter(text, scan, source);
  problems.push(...result.problems);
  return result;
}

function readScannedFrontMatter(text: string, scan: FrontMatterScan, source: string): FrontMatterResult {
  const problems: ParseProblem[] = [];
  if (scan.kind === 'none') return { source, frontMatter: null, metadata: {}, problems, after: scan.after };
  if (scan.kind === 'unterminated') {
    problems.push({
      code: 'front-matter-unterminated',
      message: 'Front matter starts with "---" but has no closing "---" line; it is read as ordinary text.',
      range: scan.opening,
      severity: 'error',
    });
    return { source, frontMatter: null, metadata: {}, problems, after: scan.after };
  }
  const yaml = parseYamlBlock(text.slice(scan.content.start, scan.content.end), scan.content.start, 'front-matter-yaml');
  problems.push(...yaml.problems);
  if (!yaml.data) return { source, frontMatter: { data: {}, range: scan.range }, metadata: {}, problems, after: scan.after };
  const checked = validateMetadata(yaml.data, yaml.locate);
  problems.push(...checked.problems);
  return { source, frontMatter: { data: yaml.data, range: scan.range }, metadata: checked.metadata, problems, after: scan.after };
}

/** "templates/Order shipped.sms" → "Order shipped" (URIs and Windows paths too). */
function fileBaseName(path: string): string {
  const clean = path.replace(/[?#].*$/, '');
  const base = clean.slice(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
  let name = base.replace(/\.sms$/i, '');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A stray "%" is part of the name.
  }
  return name;
}
