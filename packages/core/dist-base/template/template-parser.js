import { findSectionStarts } from './catalog-sections.js';
import { scanFrontMatter } from './front-matter.js';
import { mergeMetadata, validateMetadata } from './metadata.js';
import { shiftComments, shiftTemplate } from './shift.js';
import { slugify } from './slugify.js';
import { detachedSlice } from './detached-slice.js';
import { diffTexts } from './text-diff.js';
import { scanSmslintCommentLines } from './smslint-comments.js';
import { readTemplateRegion } from './template-region.js';
import { parseYamlBlock } from './yaml-block.js';
/**
 * A parser for one document that re-uses its previous result: sections whose text did
 * not change (everything outside the edited span) keep their parsed templates and only
 * move by the edit's length; heading checks in unchanged text are not repeated. After a
 * one-character edit only the touched section is parsed. The language server keeps one
 * per open document.
 */
export function createTemplateParser(options = {}) {
    let previous = null;
    return {
        parse(text, path) {
            const { file, state } = parseWith(text, path, options, previous?.path === path ? previous : null, true);
            previous = state;
            return file;
        },
    };
}
/** `*.sms` → single template; `*.sms.md`, `*.md` and anything else → catalog. Never throws. */
export function parseTemplateFile(text, path, options = {}) {
    return parseWith(text, path, options, null, false).file;
}
/**
 * Parses `text`, re-using `previous` where its text is unchanged. With `remember`, the
 * state for the next parse is kept: sections are parsed as texts of their own (see
 * SectionEntry) and moved into place. A one-off parse reads them in place.
 */
function parseWith(text, path, options, previous, remember) {
    const format = options.format ?? (/\.sms$/i.test(path.replace(/[?#].*$/, '')) ? 'single' : 'catalog');
    const problems = [];
    const front = readFrontMatter(text, problems, previous?.front);
    const defaults = mergeMetadata(options.defaults ?? {}, front.metadata);
    const contextKey = remember ? JSON.stringify([defaults, options.defaultVariable ?? null]) : '';
    const state = { text, path, contextKey, front, sections: new Map(), verdicts: new Map() };
    const file = {
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
        const region = readTemplateRegion(text, front.after, text.length);
        const name = fileBaseName(path);
        const template = {
            id: slugify(name) || 'untitled',
            title: name,
            range: { start: region.metadataRange?.start ?? region.body.range.start, end: Math.max(region.body.range.end, region.metadataRange?.end ?? 0) },
            metadata: mergeMetadata(defaults, region.metadata),
            body: region.body,
            problems: region.problems,
        };
        if (region.metadataRange)
            template.metadataRange = region.metadataRange;
        if (options.defaultVariable)
            template.defaultVariable = options.defaultVariable;
        file.templates.push(template);
        file.smslintComments = region.comments;
        return { file, state };
    }
    const edit = previous ? diffTexts(previous.text, text) : null;
    const verdicts = {
        lookup(chunkStart, candidateStart, candidateEnd) {
            const oldChunk = edit?.toOld(chunkStart, candidateEnd);
            if (oldChunk === null || oldChunk === undefined)
                return undefined;
            const verdict = previous.verdicts.get(`${oldChunk}:${oldChunk + candidateStart - chunkStart}`);
            // Carried over at the new offsets, for the parse after this one.
            if (verdict !== undefined)
                state.verdicts.set(`${chunkStart}:${candidateStart}`, verdict);
            return verdict;
        },
        store(chunkStart, candidateStart, verdict) {
            state.verdicts.set(`${chunkStart}:${candidateStart}`, verdict);
        },
    };
    const starts = findSectionStarts(text, front.after, remember ? verdicts : undefined);
    const documentation = (from, to) => {
        const scan = scanSmslintCommentLines(text, from, to);
        problems.push(...scan.problems);
        for (const comment of scan.comments)
            file.smslintComments.push({ kind: 'html', value: comment.value, range: { start: comment.start, end: comment.end } });
    };
    documentation(front.after, starts.length > 0 ? starts[0].start : text.length);
    const reusable = previous && previous.contextKey === contextKey ? previous.sections : null;
    const seen = new Map();
    for (let i = 0; i < starts.length; i++) {
        const start = starts[i];
        const end = i + 1 < starts.length ? starts[i + 1].start : text.length;
        if (start.level === 1) {
            documentation(start.bodyStart, end);
            continue;
        }
        let template;
        let comments;
        if (remember) {
            const oldStart = reusable ? edit.toOld(start.start, end) : null;
            let entry = oldStart === null ? undefined : reusable.get(oldStart);
            if (!entry || entry.length !== end - start.start) {
                const section = detachedSlice(text, start.start, end);
                const parsed = parseSection(section, 0, start.headingEnd - start.start, start.bodyStart - start.start, section.length, defaults, options);
                entry = { length: end - start.start, ...parsed, placedAt: 0, placed: parsed.template, placedComments: parsed.comments };
            }
            if (entry.placedAt !== start.start) {
                // A new entry object: the previous file's templates stay as they were.
                entry = {
                    length: entry.length,
                    template: entry.template,
                    comments: entry.comments,
                    placedAt: start.start,
                    placed: shiftTemplate(entry.template, start.start),
                    placedComments: entry.comments.length === 0 ? entry.comments : shiftComments(entry.comments, start.start),
                };
            }
            state.sections.set(start.start, entry);
            template = entry.placed;
            comments = entry.placedComments;
        }
        else {
            ({ template, comments } = parseSection(text, start.start, start.headingEnd, start.bodyStart, end, defaults, options));
        }
        file.templates.push(template);
        for (const comment of comments)
            file.smslintComments.push(comment);
        const earlier = seen.get(template.id);
        if (earlier) {
            problems.push({
                code: 'template-duplicate-id',
                message: `Another template above already has the id "${template.id}"; ids must be unique in a catalog.`,
                range: template.headingRange ?? template.range,
                severity: 'warning',
            });
        }
        else
            seen.set(template.id, template.headingRange ?? template.range);
    }
    return { file, state };
}
/**
 * Parses the `##` section text[start, end): its heading line ends at `headingEnd`, what
 * follows starts at `bodyStart`. Nothing outside the section is read.
 */
function parseSection(text, start, headingEnd, bodyStart, end, defaults, options) {
    const title = headingTitle(text.slice(start, headingEnd));
    const region = readTemplateRegion(text, bodyStart, end);
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
    const template = {
        id: id || 'untitled',
        title,
        headingRange: { start, end: headingEnd },
        range: { start, end: Math.max(headingEnd, region.body.range.end, region.metadataRange?.end ?? 0) },
        metadata: mergeMetadata(defaults, region.metadata),
        body: region.body,
        problems,
    };
    if (region.metadataRange)
        template.metadataRange = region.metadataRange;
    if (options.defaultVariable)
        template.defaultVariable = options.defaultVariable;
    return { template, comments: region.comments };
}
/** Heading text of an ATX line: markers, the optional closing `#` sequence and spaces removed. */
export function headingTitle(line) {
    return line
        .replace(/^ {0,3}#{1,6}(?=[ \t]|$)/, '')
        .replace(/(?:^|[ \t]+)#+[ \t]*$/, '')
        .trim();
}
/** Reads the front matter; the previous parse's result is re-used when its text is unchanged. */
function readFrontMatter(text, problems, previous) {
    const scan = scanFrontMatter(text);
    const source = scan.kind === 'found' ? text.slice(scan.range.start, scan.range.end) : '';
    const result = previous && scan.kind === 'found' && previous.source === source && previous.after === scan.after
        ? previous
        : readScannedFrontMatter(text, scan, source);
    problems.push(...result.problems);
    return result;
}
function readScannedFrontMatter(text, scan, source) {
    const problems = [];
    if (scan.kind === 'none')
        return { source, frontMatter: null, metadata: {}, problems, after: scan.after };
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
    if (!yaml.data)
        return { source, frontMatter: { data: {}, range: scan.range }, metadata: {}, problems, after: scan.after };
    const checked = validateMetadata(yaml.data, yaml.locate);
    problems.push(...checked.problems);
    return { source, frontMatter: { data: yaml.data, range: scan.range }, metadata: checked.metadata, problems, after: scan.after };
}
/** "templates/Order shipped.sms" → "Order shipped" (URIs and Windows paths too). */
function fileBaseName(path) {
    const clean = path.replace(/[?#].*$/, '');
    const base = clean.slice(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
    let name = base.replace(/\.sms$/i, '');
    try {
        name = decodeURIComponent(name);
    }
    catch {
        // A stray "%" is part of the name.
    }
    return name;
}
//# sourceMappingURL=template-parser.js.map