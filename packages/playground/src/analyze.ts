import {
  applyFixes,
  setSamplePath,
  dialectOf,
  providerProfile,
  templateCost,
  collectVariableUses,
  countSegments,
  lintText,
  renderTemplate,
  templateSegmentRange,
  LineIndex,
  type CharacterNote,
  type Finding,
  type ResolvedConfig,
  type SegmentCount,
  type SegmentDriver,
  type TextEdit,
} from '@smslint/core/browser';
import type { PlaygroundSettings } from './settings.js';

/**
 * The playground's whole analysis: the same `lintText` the CLI runs, plus the facts the
 * page draws (segments of the rendered preview, UCS-2 characters of each body). Pure: no
 * DOM, so the tests can compare it with the CLI.
 */

export interface PlaygroundFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  start: number;
  end: number;
  /** 1-based, like the CLI's JSON. */
  line: number;
  column: number;
  docsUrl: string;
  templateId: string | null;
  fix: TextEdit[] | null;
  suggestions: { title: string; edits: TextEdit[] }[];
}

export interface Ucs2Character {
  char: string;
  name: string | null;
  /** Offset in the input text. */
  start: number;
  end: number;
  /** GSM-7 replacement ('' deletes), or null when none keeps the meaning. */
  replacement: string | null;
}

export interface TemplateFacts {
  id: string;
  title: string;
  /** The preview: the body rendered with the sample values, as the provider sends it. */
  rendered: string;
  renderProblems: string[];
  /** Placeholders rendered empty (as written, e.g. "{{name}}" or "%{name}"): no sample value in the settings and none declared. */
  missingSamples: string[];
  /** Segments of the preview, with where each one starts in `rendered`. */
  preview: Pick<SegmentCount, 'encoding' | 'units' | 'segments' | 'perSegment' | 'segmentStarts'>;
  /** Min–max over every rendering, and what drives the maximum. */
  min: number;
  max: number;
  maxEncoding: SegmentCount['encoding'];
  exact: boolean;
  maxDrivers: SegmentDriver[];
  /** How far the worst case is past its last segment boundary ("4 characters over 1 segment: remove 4"). */
  fit: string;
  /** What the provider profile changed, e.g. "Twilio Smart Encoding: 1 segment instead of 2", else null. */
  providerEffect: string | null;
  ucs2: Ucs2Character[];
}

export interface PlaygroundResult {
  filePath: string;
  findings: PlaygroundFinding[];
  templates: TemplateFacts[];
}

/** The virtual file name decides the format, exactly as a file on disk would. */
export function filePathFor(settings: Pick<PlaygroundSettings, 'format'>): string {
  return settings.format === 'catalog' ? 'playground.sms.md' : 'playground.sms';
}

/** The config the controls stand for: the keys a `smslint.config.json` would set. */
export function configFor(settings: PlaygroundSettings): ResolvedConfig {
  const config: ResolvedConfig = { sources: [], kind: settings.kind, region: settings.region, graphemes: settings.graphemes };
  if (settings.brand.trim() !== '') config.brand = settings.brand.trim();
  if (settings.shiftTables.length > 0) config.shiftTables = [...settings.shiftTables];
  if (settings.maxSegments > 0) config.maxSegments = settings.maxSegments;
  if (settings.provider !== 'generic') config.provider = settings.provider;
  if (settings.placeholders !== 'handlebars') config.placeholders = settings.placeholders;
  return config;
}

/**
 * Lints `text` under `settings`. `config` replaces the controls' config (the tests pass the
 * config the CLI resolved for a file, so both lint under the same settings).
 */
export function analyze(text: string, settings: PlaygroundSettings, config: ResolvedConfig = configFor(settings)): PlaygroundResult {
  const filePath = filePathFor(settings);
  const result = lintText(text, { filePath, config });
  const lines = new LineIndex(text);
  const countOptions = { shiftTables: config.shiftTables, graphemes: config.graphemes };
  const { sendText } = providerProfile(config.provider);

  const findings = result.findings.map((finding): PlaygroundFinding => {
    const position = lines.positionAt(finding.range.start);
    return {
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: finding.message,
      start: finding.range.start,
      end: finding.range.end,
      line: position.line + 1,
      column: position.character + 1,
      docsUrl: finding.docsUrl,
      templateId: finding.templateId ?? null,
      fix: finding.fix ? finding.fix.edits : null,
      suggestions: (finding.suggestions ?? []).map((s) => ({ title: s.title, edits: s.fix.edits })),
    };
  });

  const templates = result.file.templates.map((template): TemplateFacts => {
    const rendered = renderTemplate(template, nestedData(settings.samples));
    const declared = { ...config.variables, ...template.metadata.variables };
    const missing = [
      ...new Set(
        collectVariableUses(template.body.nodes)
          .filter((use) => use.rendered && !use.scoped)
          .map((use) => use.name)
          .filter((name) => settings.samples[name] === undefined && declared[name]?.sample === undefined),
      ),
    ].map((name) => dialectOf(template).placeholder(name));
    // What the customer receives: the provider's own substitutions applied (Smart Encoding).
    const sent = sendText ? sendText(rendered.text) : rendered.text;
    const preview = countSegments(sent, countOptions);
    const cost = templateCost(template, config);
    const range = templateSegmentRange(template, { variables: config.variables, countOptions });
    const body = template.body;
    const ucs2 = countSegments(body.source, countOptions).ucs2Characters.map((note) => ucs2Of(note, body.range.start));
    return {
      id: template.id,
      title: template.title,
      rendered: sent,
      renderProblems: rendered.problems.map((p) => p.message),
      missingSamples: missing,
      preview: {
        encoding: preview.encoding,
        units: preview.units,
        segments: preview.segments,
        perSegment: preview.perSegment,
        segmentStarts: preview.segmentStarts,
      },
      min: range.min.segments,
      max: range.max.segments,
      maxEncoding: range.max.encoding,
      exact: range.exact,
      maxDrivers: range.maxDrivers,
      fit: cost.fitText,
      providerEffect: cost.profileEffect?.message ?? null,
      ucs2,
    };
  });

  return { filePath, findings, templates };
}

/** `{"customer.firstName": "Ana"}` → `{customer: {firstName: "Ana"}}`, never touching prototypes. */
function nestedData(samples: Record<string, string>): Record<string, unknown> {
  const data: Record<string, unknown> = Object.create(null);
  for (const [name, value] of Object.entries(samples)) {
    const keys = name.split('.');
    if (!keys.includes('')) setSamplePath(data, keys, value);
  }
  return data;
}

function ucs2Of(note: CharacterNote, bodyStart: number): Ucs2Character {
  return {
    char: note.char,
    name: note.name ?? null,
    start: bodyStart + note.offset,
    end: bodyStart + note.offset + note.length,
    replacement: note.replacement ?? null,
  };
}

/** Applies one fix, suggestion or replacement through the engine's `applyFixes` (the one `--fix` uses). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return applyFixes(text, [{ fix: { edits: [...edits] } } as Finding]).output;
}
