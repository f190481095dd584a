import type { OffsetRange } from '../../text/range.js';
import type { SmslintCommentLines } from '../smslint-comments.js';
import type { BodyNode, ParseProblem, RenderResult, SmslintComment, Template } from '../types.js';

/** The placeholder languages smslint reads (`placeholders` in config and front matter). */
export type DialectId = 'handlebars' | 'liquid' | 'icu' | 'rails' | 'printf' | 'notify' | 'go' | 'jinja';

/** The body text a dialect parses: document text[start, end), less the excluded lines. */
export interface DialectInput {
  /** The whole document text (ranges are document offsets). */
  text: string;
  start: number;
  end: number;
  /** smslint comment lines inside the body: never sent, so never part of a text node. */
  excluded: readonly SmslintCommentLines[];
}

/** What a dialect reads from a body. */
export interface DialectParse {
  /** Text, variables, blocks (branches), partials and comments with document ranges. */
  nodes: BodyNode[];
  /** Syntax errors, located; the body is then read lexically (`visible`) with no nodes. */
  problems: ParseProblem[];
  /** Inline smslint directives written in the dialect's comment syntax. */
  comments: SmslintComment[];
  /**
   * Body-relative ranges of literal text, sorted; everything else (placeholders, tags) is
   * masked for detectors. null: the whole body is literal text.
   */
  visible: Array<[number, number]> | null;
}

/** One placeholder as written, found lexically (for hints in files of another dialect). */
export interface PlaceholderMatch {
  /** Body-relative range. */
  start: number;
  end: number;
}

/** A syntax concern about one placeholder, reported by the placeholder-syntax rule. */
export interface PlaceholderIssue {
  range: OffsetRange;
  message: string;
  /** A certain rewrite of the range, applied by --fix. */
  fix?: string;
  /** Possible rewrites, offered as suggestions. */
  suggestions?: Array<{ title: string; text: string }>;
}

/**
 * A placeholder dialect: one module per language in this folder, listed in registry.ts.
 * Each maps its syntax onto the body model the rules use (types.ts `BodyNode`): literal
 * text nodes, variables with exact ranges and names, blocks whose program/inverse are the
 * branches a rendering may take (conditionals, plural/select cases, loops as `each`), so
 * segment ranges stay min–max over every rendering without the rules knowing the dialect.
 */
export interface Dialect {
  id: DialectId;
  /** Display name, e.g. "Handlebars". */
  title: string;
  /** Anchor of its section in docs/template-format.md ("go-templates"). */
  docsAnchor: string;
  /** How a variable is written in this dialect: "firstName" → "{{firstName}}". */
  placeholder(name: string): string;
  /** Parses a body. Never throws: syntax errors are located problems. */
  parse(input: DialectInput): DialectParse;
  /**
   * This dialect's placeholders found by a lexical scan of literal text (already masked
   * where the file's own dialect found placeholders), for the hint "set placeholders".
   * Only constructs distinctive enough not to occur in ordinary prose.
   */
  scan(masked: string): PlaceholderMatch[];
  /** Renders a parsed template with sample data: no code execution, no prototype access. */
  render(template: Template, data: Record<string, unknown>): RenderResult;
  /** Dialect-specific syntax concerns (placeholder-syntax rule); none when absent. */
  lint?(template: Template, declared: readonly string[]): PlaceholderIssue[];
}
