/**
 * Per-document analysis state. Each open document keeps its own memoising template
 * parser and lint cache, so an edit re-parses and re-lints only the templates whose text
 * changed; everything else is reused from the previous version.
 */
import {
  createLintCache,
  createTemplateParser,
  LineIndex,
  lintFileRuns,
  lintText,
  absoluteRuns,
  type FindingRuns,
  type LintCache,
  type LintOptions,
  type LintResult,
  type ParseOptions,
  type TemplateFile,
  type TemplateParser,
} from '@smslint/core';
import { analysisWindow, formatOf } from './analysis-window.js';
import { TemplateDiagnostics } from './template-diagnostics.js';

/** The smallest per-document lint cache (small documents keep many earlier texts). */
const MIN_CACHE_ENTRIES = 512;

/** One parsed version of a document. */
export interface Snapshot {
  version: number;
  /** The whole document text. */
  text: string;
  /** Positions for the whole text (offsets in the analysed prefix are the same). */
  index: LineIndex;
  /** The parsed analysed prefix (the whole text unless `limited`). */
  file: TemplateFile;
  /** The config's placeholder dialect for the file when it was parsed. */
  placeholders: ParseOptions['placeholders'];
  /** True when the size guard cut the document. */
  limited: boolean;
  /** Length of the analysed prefix. */
  analysedLength: number;
}

/** A locale file before its first lint: its strings are read by the lint (with the config). */
function emptySourceFile(path: string, text: string): TemplateFile {
  return { path, format: 'catalog', text, frontMatter: null, defaults: {}, templates: [], smslintComments: [], problems: [] };
}

/** A lint result for one version. */
export interface LintOutcome {
  version: number;
  snapshot: Snapshot;
  result: LintResult;
  /** `result.findings` as runs relative to their templates (see core's finding-runs.ts). */
  runs: FindingRuns;
}

export class DocumentAnalysis {
  private readonly parser: TemplateParser = createTemplateParser();
  readonly lintCache: LintCache = createLintCache();
  /** The latest diagnostics, per template, for re-use by the next pass. */
  readonly diagnostics = new TemplateDiagnostics();
  private snapshotCache: Snapshot | null = null;
  private lintCacheKey: unknown = null;
  /** The newest lint result (possibly for an older version than the document's). */
  latest: LintOutcome | null = null;

  constructor(
    /** File path (or a stand-in with the right extension) that decides the format and config. */
    readonly filePath: string,
    private readonly maxAnalysisSize: () => number,
    /** Parse options from the config (placeholder dialect), asked at each parse. */
    private readonly parseOptions: () => ParseOptions = () => ({}),
    /**
     * A locale file a config `sources` entry selects: linted whole (a cut would break its
     * syntax), and its templates are known only after a lint.
     */
    readonly isSource = false,
  ) {}

  /** `lineStarts`: the text's line starts when the document already knows them. */
  snapshot(version: number, text: string, lineStarts?: () => ArrayLike<number>): Snapshot {
    const cached = this.snapshotCache;
    const options = this.parseOptions();
    if (cached && cached.version === version && cached.text === text && cached.placeholders === options.placeholders) return cached;
    const window = this.isSource
      ? { text: text.length <= this.maxAnalysisSize() ? text : '', limited: text.length > this.maxAnalysisSize() }
      : analysisWindow(text, formatOf(this.filePath), this.maxAnalysisSize());
    const file = this.isSource ? emptySourceFile(this.filePath, window.text) : this.parser.parse(window.text, this.filePath, options);
    const snapshot: Snapshot = {
      version,
      text,
      index: cached && cached.text === text ? cached.index : new LineIndex(text, lineStarts?.()),
      file,
      placeholders: options.placeholders,
      limited: window.limited,
      analysedLength: window.text.length,
    };
    this.snapshotCache = snapshot;
    return snapshot;
  }

  /**
   * Lints a snapshot. `optionsKey` identifies config + overrides: when they change, cached
   * per-template findings no longer apply and the lint cache starts over.
   */
  lint(snapshot: Snapshot, options: LintOptions, optionsKey: unknown): LintOutcome {
    if (this.latest && this.latest.version === snapshot.version && this.lintCacheKey === optionsKey) return this.latest;
    if (this.lintCacheKey !== optionsKey) {
      this.lintCache.clear();
      this.lintCacheKey = optionsKey;
    }
    let result: LintResult;
    let runs: FindingRuns;
    if (this.isSource) {
      result = lintText(snapshot.text.slice(0, snapshot.analysedLength), options, this.lintCache);
      runs = absoluteRuns(result.findings);
      snapshot.file = result.file;
    } else {
      // Room for this version's templates and the previous version's (undo, fix-all's
      // re-lint), not for every text each template ever had in the session.
      this.lintCache.limit(Math.max(MIN_CACHE_ENTRIES, 2 * snapshot.file.templates.length));
      ({ result, runs } = lintFileRuns(snapshot.file, options, this.lintCache));
    }
    this.latest = { version: snapshot.version, snapshot, result, runs };
    return this.latest;
  }

  /** Config or settings changed: findings must be recomputed from scratch. */
  invalidate(): void {
    this.lintCacheKey = null;
    this.latest = null;
  }
}
