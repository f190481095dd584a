import type { OffsetRange } from '../text/range.js';
import type { CountOptions, SegmentCount } from '../encoding/types.js';
import type { DialectId } from './dialects/types.js';
import type { SourceString } from '../sources/types.js';

export type { DialectId } from './dialects/types.js';

/** How a template is used; rule severities depend on it. */
export type TemplateKind = 'support' | 'transactional' | 'marketing';

/** What a variable's runtime values may contain. 'unknown' means they may force UCS-2. */
export type VariableCharset = 'gsm' | 'ucs2' | 'digits' | 'ascii' | 'unknown';

export type Region = 'us' | 'us-strict' | 'ca' | 'uk-eu';

/** What a variable holds; each type has default charset, lengths and sample (variable-types.ts). */
export type VariableType = 'url' | 'phone' | 'email' | 'digits' | 'id' | 'number' | 'money' | 'date' | 'time' | 'name' | 'text';

export interface VariableSpec {
  /** Type whose defaults fill the fields this spec leaves out. */
  type?: VariableType;
  minLength?: number;
  maxLength?: number;
  charset?: VariableCharset;
  /** A realistic value, used for the "sample" segment count and previews. */
  sample?: string;
}

/**
 * Metadata of a template: catalog front matter gives defaults, per-template metadata
 * overrides them. Unknown keys are kept (and reported by rules where relevant).
 */
export interface TemplateMetadata {
  kind?: TemplateKind;
  brand?: string;
  locale?: string;
  region?: Region;
  maxSegments?: number;
  /** Messages sent per month from this template, for cost per month (docs/cost.md). */
  volume?: number;
  /** Share of messages per destination country (ISO 3166-1 alpha-2), e.g. {US: 0.8, CA: 0.2}. */
  destinations?: Record<string, number>;
  /** Local send window "HH:MM-HH:MM", e.g. "09:00-20:00". */
  sendWindow?: string;
  /** Marks the opt-in confirmation (first message), which needs full disclosures. */
  optInConfirmation?: boolean;
  /** Recurring program: needs HELP instructions. */
  recurring?: boolean;
  /** A one-time code the user just asked for (verification, 2FA): no opt-out or HELP wording needed. */
  otp?: boolean;
  variables?: Record<string, VariableSpec>;
  /** Placeholder dialect of the body (front matter or per template); default from config. */
  placeholders?: DialectId;
  [key: string]: unknown;
}

/** A problem found while reading a file (not a rule finding): YAML, Handlebars, structure. */
export interface ParseProblem {
  /** Stable id, e.g. 'front-matter-yaml', 'handlebars-syntax', 'metadata-invalid'. */
  code: string;
  message: string;
  range: OffsetRange;
  severity: 'error' | 'warning';
}

/** Literal text that is sent as is. */
export interface TextNode {
  type: 'text';
  /** The text as sent: line breaks normalised to LF. */
  value: string;
  /** Where the raw text (before LF normalisation) stands in the document. */
  range: OffsetRange;
}

/** `{{name}}` or `{{{name}}}`: replaced by a runtime value. */
export interface VariableNode {
  type: 'variable';
  /** Full path as written, e.g. "customer.firstName". */
  name: string;
  /** false for triple-stash `{{{x}}}`. */
  escaped: boolean;
  range: OffsetRange;
}

/**
 * `{{#if x}}…{{else}}…{{/if}}`, `{{#unless}}`, `{{#each}}`, `{{#with}}` or another block
 * helper; in other dialects their conditionals, loops (helper "each") and plural/select
 * cases (one block per case, the next cases in `inverse`).
 */
export interface BlockNode {
  type: 'block';
  helper: string;
  /** The opening tag as written, when it is not Handlebars (`{% if x %}`, `{n, plural, one`). */
  tag?: string;
  /**
   * A case block: `program` renders when the parameter's value matches this case ("one",
   * "=0", "male"); for helper `if`, any of the "|"-separated values (Notify's "yes|true|…").
   */
  when?: string;
  /** A loop's item name (`{% for item in items %}`); "." when items are the context (Go). */
  binds?: string;
  /** Parameter expressions as written, e.g. ["hasTracking"]. */
  params: string[];
  range: OffsetRange;
  program: BodyNode[];
  inverse: BodyNode[] | null;
}

/** `{{> name}}`: content from elsewhere, unknown length. */
export interface PartialNode {
  type: 'partial';
  name: string;
  range: OffsetRange;
}

/** `{{! x }}` / `{{!-- x --}}`: never sent (holds inline smslint directives). */
export interface CommentNode {
  type: 'comment';
  value: string;
  range: OffsetRange;
}

export type BodyNode = TextNode | VariableNode | BlockNode | PartialNode | CommentNode;

export interface TemplateBody {
  /** The raw document slice of the body (`text.slice(range.start, range.end)`). */
  source: string;
  range: OffsetRange;
  /** Parsed Handlebars; [] with a problem when the body does not parse. */
  nodes: BodyNode[];
  /**
   * `source` with every Handlebars mustache (variables, block tags, partials, comments)
   * replaced by U+FFFC of the same UTF-16 length, so offset i here is document offset
   * range.start + i. Detectors run on this: placeholders never look like words.
   */
  masked: string;
  /** The body as sent when placeholders are left as written: LF line breaks. */
  text: string;
  /** Placeholder dialect the body was parsed in; absent: handlebars. */
  dialect?: DialectId;
}

export interface Template {
  /** Slug of the heading text (catalogs) or of the file name (single files). */
  id: string;
  title: string;
  /** The `##` heading line (catalogs only). */
  headingRange?: OffsetRange;
  /** Whole section: heading through the end of the body. */
  range: OffsetRange;
  /** Per-template metadata block, if written. */
  metadataRange?: OffsetRange;
  /** Effective metadata: file defaults merged with the template's own. */
  metadata: TemplateMetadata;
  body: TemplateBody;
  /** Problems that belong to this template (Handlebars errors, bad metadata). */
  problems: ParseProblem[];
  /** `ParseOptions.defaultVariable` the file was parsed with, if any. */
  defaultVariable?: VariableSpec;
}

/**
 * An inline smslint comment: `<!-- smslint… -->` on its own line in a catalog, or
 * `{{!-- smslint… --}}` / `{{! smslint… }}` inside a body. The template module finds them
 * (they are never sent); the lint module interprets directives (disable/enable/…).
 */
export interface SmslintComment {
  kind: 'html' | 'handlebars';
  /** Inner text, trimmed, starting with "smslint", e.g. "smslint-disable text-speak". */
  value: string;
  range: OffsetRange;
}

export interface TemplateFile {
  /** Path or URI as given by the caller. */
  path: string;
  format: 'catalog' | 'single';
  /** The whole document text as given (BOM, CRLF kept). */
  text: string;
  frontMatter: { data: Record<string, unknown>; range: OffsetRange } | null;
  /** Metadata defaults from front matter. */
  defaults: TemplateMetadata;
  templates: Template[];
  /** Every inline smslint comment in the file, in document order. */
  smslintComments: SmslintComment[];
  /** File-level problems (front matter, structure). */
  problems: ParseProblem[];
  /**
   * Set for a locale file linted as a template source (config `sources`): each template is
   * one selected string, its id the key path. Template and node ranges are file offsets;
   * `body.source`, `body.masked` and `body.text` are the decoded string.
   */
  source?: {
    format: 'json' | 'yaml' | 'po';
    placeholders: DialectId;
    keys: string[];
    /** The string of each template (same order): its unit map turns decoded offsets into file offsets (`rawRange`). */
    strings: SourceString[];
  };
}

/** Options of `parseTemplateFile` and `createTemplateParser`. */
export interface ParseOptions {
  /** Force a format instead of deciding by the file name (`.sms` → single, else catalog). */
  format?: 'catalog' | 'single';
  /**
   * false: the text is a body on its own (a locale file's string, an edited body), never a
   * file, so a leading "---" is text, not front matter. Default true.
   */
  frontMatter?: boolean;
  /** Metadata defaults below the file's front matter (e.g. from smslint.config.json). */
  defaults?: TemplateMetadata;
  /** Spec of variables that no metadata declares; recorded on each template. */
  defaultVariable?: VariableSpec;
  /**
   * Placeholder dialect of bodies whose metadata (front matter, template metadata) does not
   * set `placeholders`; default handlebars. Config gives it (`placeholdersFor`).
   */
  placeholders?: DialectId;
}

/** How an undeclared placeholder's type was inferred (docs/configuration.md, "Type inference"). */
export type InferredTypeSource = 'name' | 'context' | 'sample';

/** Options of `templateSegmentRange`. */
export interface SegmentRangeOptions {
  /** Spec for undeclared variables; default: the template's, else `{maxLength: 20, charset: 'unknown'}`. */
  defaultVariable?: VariableSpec;
  /** Config-level variable specs, used when the template's metadata declares none. */
  variables?: Record<string, VariableSpec>;
  /**
   * Count values that may hold any character as GSM-7 (segment-budget: their UCS-2 risk is
   * reported at each placeholder, by undeclared-variable and placeholder-encoding-risk).
   */
  valuesAsGsm?: boolean;
  /** Types inferred for variables declared without a type (by name, context or sample); their defaults sit below every declared field. */
  inferredTypes?: Record<string, VariableType>;
  /** Where each inferred type came from, for the drivers' words ("a name, inferred from its name"). */
  inferredSources?: Record<string, InferredTypeSource>;
  countOptions?: CountOptions;
  /** Most branch combinations enumerated before falling back to a bound (default 256). */
  maxRenderings?: number;
  /**
   * What a provider sends for a rendered text (a provider profile's Smart Encoding): counts
   * are of that text, while minText/maxText/sampleText stay the renderings as written.
   */
  sendText?: (text: string) => string;
}

/** What pushes a template's maximum segment count. */
export interface SegmentDriver {
  kind: 'variable' | 'character' | 'branch';
  /** Variable path, the literal character, or the block as written (e.g. "#if hasTracking"). */
  name: string;
  detail: string;
  /** A variable as a non-Handlebars dialect writes it (`%{name}`, `((name))`); absent: `{{name}}`. */
  placeholder?: string;
}

export interface SegmentRange {
  min: SegmentCount;
  max: SegmentCount;
  sample: SegmentCount;
  minText: string;
  maxText: string;
  sampleText: string;
  maxDrivers: SegmentDriver[];
  /** false when branches were bounded instead of enumerated, or lengths are open (each, partials). */
  exact: boolean;
}

export interface RenderResult {
  text: string;
  problems: ParseProblem[];
}
