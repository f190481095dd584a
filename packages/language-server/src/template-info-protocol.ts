/**
 * The `smslint/templateInfo` custom request: the VS Code extension's status bar and preview
 * ask for the facts of the template under the cursor. Documented in docs/editors.md.
 */
import type { Position, Range } from 'vscode-languageserver/node';

export const TEMPLATE_INFO_METHOD = 'smslint/templateInfo';

export interface TemplateInfoParams {
  /** Document URI as opened in the server. */
  uri: string;
  /** Any position inside the template (heading, metadata or body). */
  position: Position;
}

/** A character of the preview that forces UCS-2. */
export interface TemplateInfoCharacter {
  char: string;
  /** Unicode code point, e.g. 8217 for ’. */
  codePoint: number;
  /** Human name when known, e.g. "RIGHT SINGLE QUOTATION MARK". */
  name?: string;
  /** GSM-7 replacement that keeps the meaning, when one exists ('' = delete it). */
  replacement?: string;
  /** UTF-16 offset in `previewText`. */
  previewOffset: number;
  /** Where it is written in the document, when it is literal body text (not a variable's sample value). */
  range: Range | null;
}

/** Something that pushes the template's maximum segment count. */
export interface TemplateInfoDriver {
  kind: 'variable' | 'character' | 'branch';
  /** Variable path, the literal character, or the block as written (e.g. "#if hasTracking"). */
  name: string;
  detail: string;
  /** A variable as the template's placeholder dialect writes it (`{{name}}`, `%{name}`). */
  placeholder?: string;
}

/** What the template costs: worst case over its renderings, as the configured provider sends it. */
export interface TemplateInfoCost {
  /** 'generic' or 'twilio' (config `provider`). */
  provider: string;
  /** Per message, min–max with currency (e.g. "0.0152 USD"); absent without config `pricing`, "unknown" for an unpriced destination. */
  perMessage?: string;
  /** Per month from the template's `volume`, when known. */
  perMonth?: string;
  /** Fit hint of the worst case: "4 characters over 1 segment: remove 4". */
  fit: string;
  /** Characters past the last boundary (0 when one segment). */
  overCharacters: number;
  /** Where the characters past the boundary start in the document (worst case), null when a placeholder's value holds them. */
  cutPosition: Position | null;
  /** Set when the provider profile changed the worst case ("Twilio Smart Encoding: 2 segments (GSM-7) instead of 4 (UCS-2)"). */
  profileEffect?: string;
}

/**
 * Answer of `smslint/templateInfo`, or `null` when the position is not in a template.
 * encoding / units / segments / perSegment / segmentStarts / ucs2Characters describe
 * `previewText`: core's sample rendering of the body (each variable's declared `sample`,
 * else a stand-in value; the first branch of each block).
 */
export interface TemplateInfo {
  templateId: string;
  /** Heading text (catalogs) or the file name (single files). */
  title: string;
  /** The whole template section. */
  range: Range;
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets (GSM-7, escapes included) or UTF-16 code units (UCS-2) of previewText. */
  units: number;
  segments: number;
  /** Capacity of each part: 160 or 153 (GSM-7), 70 or 67 (UCS-2), less with shift tables. */
  perSegment: number;
  /** Fewest segments over all renderings of the template (shortest values, cheapest branches). */
  min: number;
  /** Most segments over all renderings (longest values, costliest branches). */
  max: number;
  /** Segments of the sample rendering. */
  sample: number;
  /** false when min/max are bounds rather than exact (many branches, each-loops, partials). */
  exact: boolean;
  /** What drives the maximum, e.g. `{kind: 'variable', name: 'name', detail: 'no maxLength declared…'}`. */
  maxDrivers: TemplateInfoDriver[];
  /** UTF-16 offsets in previewText where each segment starts (always starts with 0). */
  segmentStarts: number[];
  /** Document positions where segments 2, 3, … start, for boundaries in literal body text. */
  segmentStartPositions: Array<{ segment: number; position: Position }>;
  /** Characters of previewText that force UCS-2. */
  ucs2Characters: TemplateInfoCharacter[];
  /** The sample rendering that was counted. */
  previewText: string;
  /** Cost and fit of the worst case. */
  cost: TemplateInfoCost;
  /** Each placeholder's type (declared or inferred, with where it came from) as the rules see it. */
  placeholders: TemplateInfoPlaceholder[];
}

export interface TemplateInfoPlaceholder {
  name: string;
  range: Range;
  type: string | null;
  source: 'declared' | 'name' | 'context' | 'sample' | null;
  declared: boolean;
  /** Values never switch the message to UCS-2. */
  gsmSafe: boolean;
  /** Counts as a link, phone number or email address. */
  contact: 'link' | 'phone' | 'email' | null;
}
