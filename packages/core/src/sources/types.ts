import type { ParseProblem } from '../template/types.js';
import type { OffsetRange } from '../text/range.js';

/** File formats a locale source can be read from. */
export type SourceFormatId = 'json' | 'yaml' | 'po';

/**
 * One string of a locale file, decoded, with where each of its UTF-16 units came from in
 * the file: `unitStarts[i]`..`unitEnds[i]` is the raw text (an escape, a folded line break,
 * or the character itself) that decoded to `value[i]`.
 */
export interface SourceString {
  /** Key path, e.g. ['en', 'sms', 'order_shipped']. */
  key: string[];
  /** The string as the application sees it (escapes decoded, YAML folding applied). */
  value: string;
  /** How the string is written (decides re-escaping for fixes), e.g. 'json', 'yaml-double', 'po'. */
  style: string;
  /** The whole written string: quotes, block header and continuation lines included. */
  token: OffsetRange;
  /** What a whole-string rewrite replaces (the token without trailing line breaks). */
  rewrite: OffsetRange;
  unitStarts: number[];
  unitEnds: number[];
  /** Where an insertion at the end of the value goes in the file. */
  end: number;
  /**
   * false when the unit map is only the whole token (a YAML form this reader does not map
   * character by character): findings then cover the whole string, fixes rewrite it whole.
   */
  exact: boolean;
  /** Set by readers whose strings can take only a whole rewrite (e.g. YAML flow collections). */
  inFlowCollection?: boolean;
}

export interface SourceReadResult {
  strings: SourceString[];
  problems: ParseProblem[];
}

/**
 * A locale-file format: reads located strings and writes them back. One module per format
 * (json-source-format.ts, yaml-source-format.ts, po-source-format.ts).
 */
export interface SourceFormat {
  id: SourceFormatId;
  read(text: string): SourceReadResult;
  /** `value` written for a local edit inside `string` (no quotes), or undefined when it cannot be. */
  escapeFragment(value: string, string: SourceString): string | undefined;
  /** The whole string rewritten to hold `value` (replaces `string.rewrite`), or undefined. */
  encodeWhole(value: string, string: SourceString): string | undefined;
  /** Decode a rewritten token of `string`'s style on its own (verifies a fix), or undefined if it does not read back. */
  decodeToken(token: string, string: SourceString): string | undefined;
}
