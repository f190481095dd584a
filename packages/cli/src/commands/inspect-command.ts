import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CharacterNote, LintResult, OffsetRange, ResolvedConfig, SegmentCount, SegmentRange, Template } from '@smslint/core';
import { ExitCode, UsageError } from '../exit-codes.js';
import { displayPath } from '../files/discover-files.js';
import { readSourceFile } from '../files/read-source-file.js';
import { costSummary } from '../report/template-cost-summary.js';
import { toFileReport } from '../report/to-file-report.js';
import { declaredSpec, variableNodes } from './template-variables.js';

type Core = typeof import('@smslint/core');

/** `smslint inspect --json <files…>`: the parsed model smslint sees, for tooling and debugging. */
export async function inspectCommand(argv: readonly string[], cwd: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!parsed.values.json) throw new UsageError('inspect prints JSON only: use "smslint inspect --json <files…>".');
  if (parsed.positionals.length === 0) throw new UsageError('inspect needs at least one file.');
  const core = await import('@smslint/core');
  const files: unknown[] = [];
  let failed = false;
  for (const arg of parsed.positionals) {
    const absolutePath = resolve(cwd, arg);
    const filePath = displayPath(cwd, absolutePath);
    const source = readSourceFile(absolutePath);
    if (!source.ok) {
      failed = true;
      files.push({ filePath, error: source.message });
      continue;
    }
    const { config, errors } = core.loadConfig(absolutePath, { cwd });
    const result = core.lintText(source.text, { filePath: absolutePath, config });
    files.push({ ...inspectFile(core, result, config, filePath), ...(errors.length > 0 ? { configErrors: errors } : {}) });
    if (errors.length > 0) failed = true;
  }
  process.stdout.write(`${JSON.stringify({ files }, null, 2)}\n`);
  return failed ? ExitCode.fatal : ExitCode.ok;
}

function inspectFile(core: Core, result: LintResult, config: ResolvedConfig, filePath: string) {
  const { file } = result;
  const lines = new core.LineIndex(file.text);
  const located = (range: OffsetRange) => {
    const start = lines.positionAt(range.start);
    const end = lines.positionAt(range.end);
    return { start: range.start, end: range.end, startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
  };
  const countOptions = { ...(config.shiftTables ? { shiftTables: config.shiftTables } : {}), ...(config.graphemes ? { graphemes: config.graphemes } : {}) };
  return {
    filePath,
    format: file.format,
    frontMatter: file.frontMatter ? { data: file.frontMatter.data, range: located(file.frontMatter.range) } : null,
    defaults: file.defaults,
    problems: file.problems.map((p) => ({ ...p, range: located(p.range) })),
    // A locale file (config `sources`): its format, dialect and the key globs that selected its strings.
    source: file.source ? { format: file.source.format, placeholders: file.source.placeholders, keys: file.source.keys } : null,
    templates: file.templates.map((t, i) => {
      const string = file.source?.strings[i];
      // Offsets into the decoded body → file offsets (through escapes for a locale string).
      const toFile = string ? (r: OffsetRange) => core.rawRange(string, r) : (r: OffsetRange) => ({ start: r.start + t.body.range.start, end: r.end + t.body.range.start });
      return inspectTemplate(core, t, config, located, countOptions, toFile, !!string);
    }),
    findings: toFileReport(result, filePath, filePath, { fingerprints: false }).messages,
  };
}

function inspectTemplate(
  core: Core,
  template: Template,
  config: ResolvedConfig,
  located: (range: OffsetRange) => unknown,
  countOptions: { shiftTables?: string[]; graphemes?: 'keep' | 'split' },
  toFile: (range: OffsetRange) => OffsetRange,
  decoded: boolean,
) {
  const base = template.body.range.start;
  const segments: SegmentRange = core.templateSegmentRange(template, { ...core.templateRangeOptions(template, config), countOptions });
  // Links, phones and emails behind placeholders, with how they were recognised.
  const facts = core.placeholderFacts(template, config);
  // Fact offsets are document offsets of the body; toFile maps body offsets into the file.
  const inFile = <M extends { start: number; end: number }>(m: M): M => ({ ...m, ...toFile({ start: m.start - base, end: m.end - base }) });
  const detections = core.detectAll(template.body.masked, {
    ...(config.textSpeak ? { textSpeak: config.textSpeak } : {}),
    ...(typeof template.metadata.region === 'string' ? { region: template.metadata.region } : config.region ? { region: config.region } : {}),
    ...(typeof template.metadata.brand === 'string' ? { brand: template.metadata.brand } : config.brand ? { brand: config.brand } : {}),
  });
  const shifted: Record<string, Array<{ start: number }>> = Object.fromEntries(
    Object.entries(detections).map(([key, matches]) => [
      key,
      (matches as { start: number; end: number }[]).map((m) => asWritten(m, template, toFile)),
    ]),
  );
  const emails = core.detectEmails(template.body.masked).map((m) => asWritten(m, template, toFile));
  const byStart = (a: { start: number }, b: { start: number }) => a.start - b.start;
  shifted.links = [...shifted.links, ...facts.links.map(inFile)].sort(byStart);
  shifted.phones = [...shifted.phones, ...facts.phones.map(inFile)].sort(byStart);
  shifted.emails = [...emails, ...facts.emails.map(inFile)].sort(byStart);
  shifted.optOut = [...shifted.optOut, ...facts.optOutLinks.map((l) => ({ ...inFile(l), keyword: null }))].sort(byStart);
  return {
    id: template.id,
    title: template.title,
    kind: template.metadata.kind ?? config.kind ?? null,
    /** Placeholder dialect the body was read in (config, overrides, front matter, or the locale source). */
    dialect: template.body.dialect ?? 'handlebars',
    metadata: template.metadata,
    ranges: {
      section: located(template.range),
      ...(template.headingRange ? { heading: located(template.headingRange) } : {}),
      ...(template.metadataRange ? { metadata: located(template.metadataRange) } : {}),
      body: located(template.body.range),
    },
    body: { source: template.body.source, text: template.body.text },
    placeholders: variableNodes(template.body.nodes).map((v) => {
      const fact = facts.placeholders.find((p) => p.range.start === v.range.start);
      return {
        name: v.name,
        escaped: v.escaped,
        range: located(v.range),
        spec: declaredSpec(v.name, template, config) ?? null,
        type: fact?.type ?? null,
        source: fact?.source ?? null,
        counted: fact ? { minLength: fact.spec.minLength, maxLength: fact.spec.maxLength, charset: fact.spec.charset } : null,
      };
    }),
    segments: {
      min: summary(segments.min),
      max: summary(segments.max),
      sample: summary(segments.sample),
      sampleText: segments.sampleText,
      maxDrivers: segments.maxDrivers,
      exact: segments.exact,
    },
    cost: costSummary(core.templateCost(template, config, segments)),
    ucs2Characters: decoded ? decodedUcs2Characters(core, template, countOptions, toFile) : literalUcs2Characters(core, template, countOptions),
    detections: shifted,
    problems: template.problems.map((p) => ({ ...p, range: located(p.range) })),
  };
}

/** A detection at document offsets, its text as written (placeholders in a link shown, not masked). */
/** A detection with its text as written in the body (placeholders unmasked) and its range in the file. */
function asWritten<M extends { start: number; end: number; text?: string }>(m: M, template: Template, toFile: (range: OffsetRange) => OffsetRange): M {
  return { ...m, text: template.body.source.slice(m.start, m.end), ...toFile(m) };
}

function summary(count: SegmentCount) {
  return { encoding: count.encoding, units: count.units, segments: count.segments, perSegment: count.perSegment, shift: count.shift };
}

/** The same for a locale string: counted on its decoded text (placeholders masked), offsets mapped into the file. */
function decodedUcs2Characters(core: Core, template: Template, countOptions: { shiftTables?: string[]; graphemes?: 'keep' | 'split' }, toFile: (range: OffsetRange) => OffsetRange) {
  return core
    .countSegments(template.body.masked, countOptions)
    .ucs2Characters.filter((note) => note.char !== '\uFFFC')
    .map((note) => ({ ...note, offset: toFile({ start: note.offset, end: note.offset + note.length }).start }));
}

/** UCS-2-forcing characters of the literal text, at document offsets (placeholders excluded). */
function literalUcs2Characters(core: Core, template: Template, countOptions: { shiftTables?: string[]; graphemes?: 'keep' | 'split' }) {
  const notes: CharacterNote[] = [];
  const visit = (nodes: Template['body']['nodes']) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        // Count the raw slice (CRLF kept, both GSM) so note offsets map straight to the document.
        const raw = template.body.source.slice(node.range.start - template.body.range.start, node.range.end - template.body.range.start);
        for (const note of core.countSegments(raw, countOptions).ucs2Characters) notes.push({ ...note, offset: note.offset + node.range.start });
      } else if (node.type === 'block') {
        visit(node.program);
        if (node.inverse) visit(node.inverse);
      }
    }
  };
  visit(template.body.nodes);
  return notes;
}
