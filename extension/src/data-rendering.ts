/**
 * The preview with a JSON data file: the server's `smslint/templateInfo` describes the
 * rendering with declared samples, so the values from the file are rendered and counted
 * here with the same core functions (safe Handlebars rendering, the GSM-7/UCS-2 engine).
 * No `vscode` import: unit-tested directly. Bundled on its own (dist/data-rendering.js)
 * and loaded only when a data file is chosen, so activation never loads the core.
 */
import {
  countSegments,
  loadConfig,
  parseTemplateFile,
  renderTemplate,
  templateAt,
  type CountOptions,
  type ResolvedConfig,
} from '@smslint/core';
import type { TemplateInfo } from './template-info.js';

export interface DataRenderingInput {
  /** The whole document text as in the editor. */
  text: string;
  /** Its path (decides catalog vs single file). */
  filePath: string;
  /** UTF-16 offset of the cursor. */
  offset: number;
  /** Variable values; declared samples fill in what the data leaves out. */
  data: Record<string, unknown>;
  countOptions?: CountOptions;
}

export interface DataRendering {
  /** `info` with the counts and preview text of the data rendering. */
  info: TemplateInfo;
  /** Rendering problems (a partial not rendered, a Handlebars error), as messages. */
  problems: string[];
}

/** The count options the server derives from the config: same inputs, same counts. */
export function countOptionsOf(config: Pick<ResolvedConfig, 'shiftTables' | 'graphemes'>): CountOptions {
  const options: CountOptions = {};
  if (config.shiftTables) options.shiftTables = config.shiftTables;
  if (config.graphemes) options.graphemes = config.graphemes;
  return options;
}

/**
 * Count options for a file on disk, from its smslint config as the server loads it:
 * discovered upwards from the file, or exactly `configFile` (relative to `cwd`).
 */
export function countOptionsForFile(filePath: string, configFile?: string, cwd?: string): CountOptions {
  const { config } = loadConfig(filePath, configFile ? { configFile, cwd } : {});
  return countOptionsOf(config);
}

/**
 * Renders the template at `offset` with `data` and replaces the sample facts of `info`
 * (the server's answer for the same template) with those of this rendering. The
 * min/max range and its drivers stay: they hold over all values. null when the offset is
 * in no template.
 */
export function renderWithData(info: TemplateInfo, input: DataRenderingInput): DataRendering | null {
  const file = parseTemplateFile(input.text, input.filePath);
  // As the server's templateInfo: a single file's template wherever the cursor is (front matter too).
  const template = file.format === 'single' ? file.templates[0] : templateAt(file, input.offset);
  if (!template) return null;
  const rendered = renderTemplate(template, input.data);
  const count = countSegments(rendered.text, input.countOptions);
  return {
    info: {
      ...info,
      templateId: template.id,
      title: template.title,
      encoding: count.encoding,
      units: count.units,
      segments: count.segments,
      perSegment: count.perSegment,
      sample: count.segments,
      segmentStarts: count.segmentStarts,
      // Positions of literal characters and boundaries belong to the sample rendering.
      segmentStartPositions: [],
      ucs2Characters: count.ucs2Characters.map((note) => ({
        char: note.char,
        codePoint: note.codePoint,
        name: note.name,
        replacement: note.replacement,
        previewOffset: note.offset,
        range: null,
      })),
      previewText: rendered.text,
    },
    problems: rendered.problems.map((problem) => problem.message),
  };
}
