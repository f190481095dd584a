import { createScanner, parseTree, printParseErrorCode, type Node, type ParseErrorCode } from 'jsonc-parser';
import type { OffsetRange } from '../text/range.js';

/** Where each value (and each object member's key) of a JSON document stands in its text. */
export interface JsonLocations {
  /** JSON pointer ("" is the root) → range of the value. */
  values: Map<string, OffsetRange>;
  /** JSON pointer → range of the member key that introduced the value. */
  keys: Map<string, OffsetRange>;
}

/** A key written twice in one object: the later value wins, as in JSON.parse, and it is reported. */
export interface DuplicateKey {
  key: string;
  /** Pointer of the member (both occurrences share it). */
  pointer: string;
  /** Range of the later key. */
  range: OffsetRange;
}

export type JsonSourceResult =
  | { ok: true; value: unknown; locations: JsonLocations; duplicates: DuplicateKey[] }
  | { ok: false; message: string; offset: number };

/** RFC 6901 escaping of one pointer segment. */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Deeper than this is not a config; the parser's recursion would overflow long before a real limit. */
const MAX_DEPTH = 256;

/** jsonc-parser's errors (by printParseErrorCode name: its enums are const enums), as sentences. */
const MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Expected a property name in double quotes',
  ValueExpected: 'Expected a JSON value',
  ColonExpected: "Expected ':' after property name",
  CommaExpected: "Expected ',' between values",
  CloseBraceExpected: "Expected '}' to close the object",
  CloseBracketExpected: "Expected ']' to close the array",
  EndOfFileExpected: 'Expected end of file after the JSON value',
  InvalidCommentToken: 'Invalid comment',
  UnexpectedEndOfComment: 'Comment is not closed (*/ missing)',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Number is not finished',
  InvalidUnicode: 'Invalid \\u escape in string',
  InvalidEscapeCharacter: 'Invalid escape in string',
  InvalidCharacter: 'Control character in string (escape it)',
};

/** jsonc-parser's SyntaxKind values the depth check needs (a const enum cannot be imported). */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, eof: 17 } as const;

/**
 * Reads a config file as JSONC, the JSON VS Code settings and markdownlint-cli2 accept:
 * comments and trailing commas are allowed, a leading BOM too. Parsing is Microsoft's
 * jsonc-parser; this module turns its node tree into the value plus the range of every
 * value and key, so config errors point at the exact spot, and finds duplicate keys.
 */
export function parseJsonSource(source: string): JsonSourceResult {
  // Editors may write a BOM; a space in its place keeps every offset.
  const text = source.charCodeAt(0) === 0xfeff ? ` ${source.slice(1)}` : source;
  const tooDeep = nestingLimitOffset(text);
  if (tooDeep !== undefined) return { ok: false, message: 'JSON nested too deeply', offset: tooDeep };
  const errors: { error: ParseErrorCode; offset: number; length: number }[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  if (errors.length > 0 || root === undefined) {
    const first = errors[0];
    if (!first) return { ok: false, message: 'Expected a JSON value, found end of file', offset: 0 };
    const found = first.offset >= text.length ? 'end of file' : `'${text[first.offset]}'`;
    return { ok: false, message: `${MESSAGES[printParseErrorCode(first.error)] ?? 'Invalid JSON'}, found ${found}`, offset: first.offset };
  }
  const locations: JsonLocations = { values: new Map(), keys: new Map() };
  const duplicates: DuplicateKey[] = [];
  const value = toValue(root, '', locations, duplicates);
  return { ok: true, value, locations, duplicates };
}

function toValue(node: Node, pointer: string, locations: JsonLocations, duplicates: DuplicateKey[]): unknown {
  locations.values.set(pointer, { start: node.offset, end: node.offset + node.length });
  if (node.type === 'array') return (node.children ?? []).map((child, i) => toValue(child, `${pointer}/${i}`, locations, duplicates));
  if (node.type !== 'object') return node.value;
  const object: Record<string, unknown> = {};
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode) continue;
    const key = String(keyNode.value);
    const child = `${pointer}/${escapePointerSegment(key)}`;
    const keyRange = { start: keyNode.offset, end: keyNode.offset + keyNode.length };
    if (Object.prototype.hasOwnProperty.call(object, key)) duplicates.push({ key, pointer: child, range: keyRange });
    locations.keys.set(child, keyRange);
    // defineProperty: "__proto__" stays a plain key and never reaches the prototype.
    Object.defineProperty(object, key, { value: toValue(valueNode, child, locations, duplicates), enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/** Offset of the first bracket past MAX_DEPTH, found with the (iterative) scanner, or undefined. */
function nestingLimitOffset(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind: number = scanner.scan(); kind !== TOKEN.eof; kind = scanner.scan()) {
    if (kind === TOKEN.openBrace || kind === TOKEN.openBracket) {
      if (++depth > MAX_DEPTH) return scanner.getTokenOffset();
    } else if (kind === TOKEN.closeBrace || kind === TOKEN.closeBracket) depth--;
  }
  return undefined;
}
