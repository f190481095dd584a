import type { Encoding } from '../encoding/types.js';
import type { SegmentRangeOptions, Template } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';

/** One template in one locale, as the matrix reads it from a linted file. */
export interface MatrixEntry {
  /** The file the template is in (as given to the linter). */
  file: string;
  /**
   * What the translations of one template share: the file path with its locale taken out
   * (`templates/es/orders.sms.md` → `templates/orders.sms.md`, `config/locales/es.yml` →
   * `config/locales/*.yml`) and the template id without its locale key (`es.sms.welcome` → `sms.welcome`).
   */
  base: string;
  id: string;
  /** The template's locale; the matrix's source locale when nothing names one. */
  locale: string;
  /** Where the template is in `file` (heading, or the locale string). */
  range: OffsetRange;
  /** A template whose body offsets are its own (a locale string re-parsed from its decoded value). */
  template: Template;
  /** Variables, shift tables and grapheme policy of the file's config. */
  segmentOptions: SegmentRangeOptions;
  maxSegments: number;
}

export type MatrixFlagKind = 'flips-to-ucs2' | 'over-budget' | 'missing-opt-out' | 'missing-help' | 'placeholders-differ' | 'missing-template';

export interface MatrixFlag {
  kind: MatrixFlagKind;
  message: string;
}

export interface MatrixCell {
  locale: string;
  file: string;
  range: OffsetRange;
  /** The encoding of the text itself (placeholders at their shortest, declared charsets). */
  encoding: Encoding;
  /** The encoding of the worst-case rendering (an undeclared variable may force UCS-2). */
  worstEncoding: Encoding;
  segments: { min: number; max: number };
  /** What drives the worst case ("{{name}} up to 20 characters", "é forces UCS-2"), if anything. */
  driver: string | null;
  maxSegments: number;
  optOut: boolean;
  help: boolean;
  /** Placeholders as written (`{{name}}`, `%{name}`), in order of first use. */
  placeholders: string[];
  flags: MatrixFlag[];
}

export interface MatrixRow {
  base: string;
  id: string;
  /** The locale the others are compared with: the source locale when present, else the first. */
  reference: string;
  /** Cell per locale of the row's file group; null where that locale misses the template. */
  cells: Record<string, MatrixCell | null>;
  flags: Array<MatrixFlag & { locale: string }>;
}

export interface LocaleMatrix {
  sourceLocale: string;
  /** Every locale seen, the source locale first, then alphabetical. */
  locales: string[];
  rows: MatrixRow[];
}
